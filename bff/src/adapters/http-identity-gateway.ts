import createClient from 'openapi-fetch';
import type { paths } from '@kerf/openapi/identity';
import type { IdentityGateway } from '../ports/identity-gateway.ts';

/** Options of the identity client; `fetch` is injectable so tests can call an in-process app. */
export interface HttpIdentityGatewayOptions {
  baseUrl: string;
  fetch?: (request: Request) => Promise<Response>;
}

/** Identity through its generated contract client. */
export function createHttpIdentityGateway(options: HttpIdentityGatewayOptions): IdentityGateway {
  const client = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch ?? globalThis.fetch });
  const unavailable = (e: unknown) => ({
    ok: false as const,
    error: { reason: 'unavailable' as const, detail: e instanceof Error ? e.message : String(e) },
  });
  return {
    async signIn(email, password) {
      try {
        const { data, error, response } = await client.POST('/sign-in', { body: { email, password } });
        if (data)
          return {
            ok: true,
            data: { user: data.user, token: data.token, expiresAt: Date.parse(data.expires_at) },
          };
        if (response.status === 401) return { ok: false, error: { reason: 'invalid-credentials' } };
        if (response.status === 400)
          return { ok: false, error: { reason: 'invalid-input', errors: error?.errors ?? [] } };
        return unavailable(new Error(`identity answered ${response.status}`));
      } catch (e) {
        return unavailable(e);
      }
    },
    async exchange(identityToken, audience) {
      try {
        const { data, response } = await client.POST('/tokens', {
          body: { audience },
          headers: { authorization: `Bearer ${identityToken}` },
        });
        if (data) return { ok: true, data: { token: data.token, expiresAt: Date.parse(data.expires_at) } };
        if (response.status === 401) return { ok: false, error: { reason: 'invalid-credentials' } };
        return unavailable(new Error(`identity answered ${response.status}`));
      } catch (e) {
        return unavailable(e);
      }
    },
  };
}
