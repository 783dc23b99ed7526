import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Hands out `service` tokens for one audience at a time, reusing each until shortly before expiry. */
export interface ServiceTokenSource {
  /** A bearer token for `audience`; rejects when identity refuses or cannot be reached. */
  token(audience: string): Promise<string>;
}

/** Where a Kerf process gets its service tokens. */
export interface ServiceTokenSourceOptions {
  identityUrl: string;
  /** The process's client id: `bff`, `quotes` or `parts`. */
  clientId: string;
  secret: string;
  fetch?: (request: Request) => Promise<Response>;
  now?: () => number;
}

/**
 * The client secret of a Kerf process: `SERVICE_SECRET` when set (several machines), else the file
 * identity provisions on one machine, `<dataDir>/secrets/<clientId>.secret`.
 */
export function readServiceSecret(
  env: Readonly<Record<string, string | undefined>>,
  dataDir: string,
  clientId: string,
): string {
  return env.SERVICE_SECRET ?? readFileSync(join(dataDir, 'secrets', `${clientId}.secret`), 'utf8').trim();
}

/** Service tokens from identity's `POST /service-tokens` (client credentials). */
export function createServiceTokenSource(options: ServiceTokenSourceOptions): ServiceTokenSource {
  const send = options.fetch ?? ((request: Request) => fetch(request));
  const now = options.now ?? Date.now;
  const cache = new Map<string, { token: string; expiresAt: number }>();
  return {
    async token(audience) {
      const cached = cache.get(audience);
      if (cached && cached.expiresAt - 30_000 > now()) return cached.token;
      const response = await send(
        new Request(new URL('/service-tokens', options.identityUrl), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ client_id: options.clientId, client_secret: options.secret, audience }),
        }),
      );
      if (!response.ok)
        throw new Error(`identity refused a ${audience} token for ${options.clientId}: ${response.status}`);
      const body = (await response.json()) as { token: string; expires_at: string };
      cache.set(audience, { token: body.token, expiresAt: Date.parse(body.expires_at) });
      return body.token;
    },
  };
}
