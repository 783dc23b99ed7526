export { createTokenVerifier } from './token-verifier.ts';
export type { TokenFailure, TokenVerifier, TokenVerifierOptions } from './token-verifier.ts';
export { isRole, roles, userRoles } from './principal.ts';
export type { Principal, Role, UserRole } from './principal.ts';
