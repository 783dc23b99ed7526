import { fail, ok, story } from '@kerf/service-kit';
import type { IdentityPorts } from './identity-deps.ts';
import { signInTtlSeconds } from './identity-deps.ts';

/** What a caller signs in with. */
export interface Credentials {
  readonly email: string;
  readonly password: string;
}

/**
 * Checks an email and password and issues an identity-audience token. Unknown user and wrong password
 * fail the same way (`invalid-credentials`) after the same amount of hashing.
 */
export function signIn({ users, passwords, tokens }: Pick<IdentityPorts, 'users' | 'passwords' | 'tokens'>) {
  return story<Credentials>('signIn')
    .step('found', async ({ input }) => ok(await users.findByEmail(input.email.trim().toLowerCase())))
    .step('user', async ({ input, found }) => {
      const matches = await passwords.verify(input.password, found?.passwordHash ?? null);
      if (!found || !matches) return fail('invalid-credentials' as const);
      const { passwordHash: _hash, ...user } = found;
      return ok(user);
    })
    .step('signed', async ({ user }) =>
      ok(
        await tokens.sign(
          { sub: user.id, company: user.company.id, role: user.role },
          'identity',
          signInTtlSeconds,
        ),
      ),
    )
    .returns(({ user, signed }) => ({ user, token: signed.token, expiresAt: signed.expiresAt }));
}
