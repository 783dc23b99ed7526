import type { Principal } from '@kerf/service-kit';
import { ok, story } from '@kerf/service-kit';
import type { IdentityPorts } from './identity-deps.ts';
import { requireRole } from './require-role.ts';

/** A page of users, for admins. */
export function listUsers({ users }: Pick<IdentityPorts, 'users'>) {
  return story<{ principal: Principal; limit: number; offset: number }>('listUsers')
    .step('caller', ({ input }) => requireRole(input.principal, ['admin']))
    .step('page', async ({ input }) => ok(await users.list({ limit: input.limit, offset: input.offset })))
    .returns(({ page }) => page);
}
