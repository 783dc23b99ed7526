import type { Principal } from '@kerf/service-kit';
import { fail, ok, story } from '@kerf/service-kit';
import type { Audience } from '../ports/token-signer.ts';
import type { IdentityPorts } from './identity-deps.ts';
import { serviceTokenTtlSeconds } from './identity-deps.ts';

/**
 * Exchanges the caller's identity token for a short-lived token for one service. The user must still
 * exist; role and company are read again from the store, so changes apply at the next exchange.
 */
export function exchangeToken({ users, tokens }: Pick<IdentityPorts, 'users' | 'tokens'>) {
  return story<{ principal: Principal; audience: Audience }>('exchangeToken')
    .step('user', async ({ input }) => {
      const user = await users.findById(input.principal.sub);
      return user ? ok(user) : fail('unknown-user' as const);
    })
    .step('signed', async ({ input, user }) =>
      ok(
        await tokens.sign(
          { sub: user.id, company: user.company.id, role: user.role },
          input.audience,
          serviceTokenTtlSeconds,
        ),
      ),
    )
    .returns(({ input, signed }) => ({
      token: signed.token,
      audience: input.audience,
      expiresAt: signed.expiresAt,
    }));
}
