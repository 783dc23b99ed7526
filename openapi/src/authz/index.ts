export { authorizationMatrix, statusMatches } from './matrix.ts';
export type { Access, Caller, OperationAccess } from './matrix.ts';
export { checkAuthorization } from './check-authorization.ts';
export type { AuthorizationTarget } from './check-authorization.ts';
