import type { ServiceTokenSource } from '@kerf/service-kit';
import createClient from 'openapi-fetch';
import type { Client } from 'openapi-fetch';

/** Where another Kerf service is and how to reach it. */
export interface ServiceClientOptions {
  readonly baseUrl: string;
  /** Quotes' own service tokens (client id `quotes`). */
  readonly tokens: ServiceTokenSource;
  /** In-process apps in tests; global fetch otherwise. */
  readonly fetch?: (request: Request) => Promise<Response>;
}

/**
 * A generated openapi-fetch client for one service that sends quotes' service token for that
 * service's audience on every request.
 */
export function serviceClient<Paths extends object>(
  audience: string,
  options: ServiceClientOptions,
): Client<Paths> {
  const client = createClient<Paths>({ baseUrl: options.baseUrl, fetch: options.fetch ?? globalThis.fetch });
  client.use({
    async onRequest({ request }) {
      request.headers.set('authorization', `Bearer ${await options.tokens.token(audience)}`);
      return request;
    },
  });
  return client;
}

/** Thrown when another service answers what its contract does not allow here, or cannot be reached. */
export class UpstreamError extends Error {
  constructor(service: string, what: string, status: number | null) {
    super(`${service} ${what}: ${status === null ? 'no answer' : `answered ${status}`}`);
    this.name = 'UpstreamError';
  }
}
