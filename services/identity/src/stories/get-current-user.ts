import type { Principal } from '@kerf/service-kit';
import { fail, ok, story } from '@kerf/service-kit';
import type { IdentityPorts } from './identity-deps.ts';

/** The user the caller's token belongs to; fails when that user no longer exists. */
export function getCurrentUser({ users }: Pick<IdentityPorts, 'users'>) {
  return story<Principal>('getCurrentUser')
    .step('user', async ({ input }) => {
      const user = await users.findById(input.sub);
      return user ? ok(user) : fail('unknown-user' as const);
    })
    .returns(({ user }) => user);
}
