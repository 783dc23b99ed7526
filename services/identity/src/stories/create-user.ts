import type { Principal, UserRole } from '@kerf/service-kit';
import { ok, story } from '@kerf/service-kit';
import type { IdentityPorts } from './identity-deps.ts';
import { requireRole } from './require-role.ts';

/** A new user as an admin describes it. */
export interface NewUser {
  readonly email: string;
  readonly name: string;
  readonly password: string;
  readonly role: UserRole;
  readonly companyId: string;
}

/** Creates a user (admins); fails on a taken email or an unknown company. */
export function createUser({ users, passwords }: Pick<IdentityPorts, 'users' | 'passwords'>) {
  return story<{ principal: Principal; user: NewUser }>('createUser')
    .step('caller', ({ input }) => requireRole(input.principal, ['admin']))
    .step('passwordHash', async ({ input }) => ok(await passwords.hash(input.user.password)))
    .step('created', ({ input, passwordHash }) =>
      users.create({
        email: input.user.email.trim().toLowerCase(),
        name: input.user.name.trim(),
        role: input.user.role,
        companyId: input.user.companyId,
        passwordHash,
      }),
    )
    .returns(({ created }) => created);
}
