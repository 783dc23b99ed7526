import type { paths } from '@kerf/openapi/bff';
import createClient, { type Middleware } from 'openapi-fetch';

/** Where and how the browser reaches the BFF; tests inject `fetch` and an absolute `baseUrl`. */
export interface ApiOptions {
  /** Origin the `/api/...` paths are resolved against; `''` means the page's own origin. */
  baseUrl: string;
  /** The fetch implementation; the browser's own by default. */
  fetch: typeof globalThis.fetch;
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

/** The contract's operations without the request header, which the middleware adds. */
type Unguarded<Op> = Op extends { parameters: { header: infer H } }
  ? Omit<Op, 'parameters'> & {
      parameters: Omit<Op['parameters'], 'header'> & { header?: Omit<H, typeof REQUEST_HEADER> };
    }
  : Op;

/** The BFF paths as call sites see them. */
export type BffPaths = { [P in keyof paths]: { [M in keyof paths[P]]: Unguarded<paths[P][M]> } };

/** A typed client of the BFF contract. */
export type BffClient = ReturnType<typeof createClient<BffPaths>>;

/** Default options: the page's origin and the browser's fetch, looked up at call time. */
export function defaultApiOptions(): ApiOptions {
  return { baseUrl: '', fetch: (input, init) => globalThis.fetch(input, init) };
}

/** Creates the one BFF client: same-origin cookies, the request header on unsafe methods. */
export function createBffClient(options: ApiOptions): BffClient {
  const client = createClient<BffPaths>({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    credentials: 'same-origin',
  });
  client.use(requestHeaderMiddleware);
  return client;
}
