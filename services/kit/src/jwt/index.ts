export { createTokenVerifier } from './token-verifier.ts';
export type { TokenFailure, TokenVerifier, TokenVerifierOptions } from './token-verifier.ts';
export { isRole, roles } from './principal.ts';
export type { Principal, Role } from './principal.ts';
