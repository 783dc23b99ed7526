import type { Principal, Result, Role } from '@kerf/service-kit';
import { fail, ok } from '@kerf/service-kit';

/** A step: the caller's role (from the token) must be one of `allowed`. */
export function requireRole(principal: Principal, allowed: readonly Role[]): Result<Principal, 'forbidden'> {
  return allowed.includes(principal.role) ? ok(principal) : fail('forbidden');
}
