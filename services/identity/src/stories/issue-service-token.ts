import { fail, ok, story } from '@kerf/service-kit';
import type { ServiceClientId, ServiceClients } from '../ports/service-clients.ts';
import type { Audience, TokenSigner } from '../ports/token-signer.ts';
import { serviceTokenTtlSeconds } from './identity-deps.ts';

/** What a Kerf process presents to get a token for one audience. */
export interface ServiceCredentials {
  readonly client_id: ServiceClientId;
  readonly client_secret: string;
  readonly audience: Audience;
}

/**
 * Issues a short-lived `service` token to another Kerf process after checking its client secret.
 * The subject is `service:<client>` and the company `*`: a service acts for whoever it names.
 */
export function issueServiceToken(deps: {
  readonly serviceClients: ServiceClients;
  readonly tokens: TokenSigner;
}) {
  return story<ServiceCredentials>('issueServiceToken')
    .step('client', async ({ input }) =>
      (await deps.serviceClients.verify(input.client_id, input.client_secret))
        ? ok(input.client_id)
        : fail('invalid-credentials' as const),
    )
    .step('signed', async ({ input, client }) =>
      ok(
        await deps.tokens.sign(
          { sub: `service:${client}`, company: '*', role: 'service' },
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
