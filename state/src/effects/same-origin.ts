import createClient, { type Middleware } from 'openapi-fetch';
import type { EventSourceFactory } from './event-stream.ts';

/** Where and how the browser reaches the BFF; tests inject `fetch`, an absolute `baseUrl` and a fake event source. */
export interface ApiOptions {
  /** Origin the `/api/...` paths are resolved against; `''` means the page's own origin. */
  baseUrl: string;
  /** The fetch implementation; the browser's own by default. */
  fetch: typeof globalThis.fetch;
  /** Opens a server-sent-events stream; the browser's `EventSource` by default. */
  eventSource: EventSourceFactory;
}

/** The header the BFF requires on every unsafe method; a cross-site form cannot send it. */
export const REQUEST_HEADER = 'X-Kerf-Request';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Adds `X-Kerf-Request: 1` to every unsafe request, so no call site can forget it. */
export const requestHeaderMiddleware: Middleware = {
  onRequest({ request }) {
    if (UNSAFE_METHODS.has(request.method.toUpperCase())) request.headers.set(REQUEST_HEADER, '1');
    return request;
  },
};

/** Default options: the page's origin, the browser's fetch and EventSource, looked up at call time. */
export function defaultApiOptions(): ApiOptions {
  return {
    baseUrl: '',
    fetch: (input, init) => globalThis.fetch(input, init),
    eventSource: (url) => new globalThis.EventSource(url),
  };
}

/**
 * A typed client of one contract served by the BFF under `prefix` (e.g. `/api/catalog` for the catalog
 * service): same-origin cookies, and the request header on unsafe methods. No token reaches the browser.
 */
export function createSameOriginClient<Paths extends object>(
  options: Pick<ApiOptions, 'baseUrl' | 'fetch'>,
  prefix = '',
) {
  const client = createClient<Paths>({
    baseUrl: options.baseUrl.replace(/\/$/, '') + prefix,
    fetch: options.fetch,
    credentials: 'same-origin',
  });
  client.use(requestHeaderMiddleware);
  return client;
}
