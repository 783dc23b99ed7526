import { Hono } from 'hono';
import type { SessionVariables } from '../middleware/session/index.ts';
import type { Audience } from '../ports/identity-gateway.ts';
import { problem } from '../problem.ts';
import type { ServiceTokens } from '../service-tokens.ts';

/** A function that performs the upstream request (undici's keep-alive pool in production). */
export type UpstreamFetch = (url: string, init: RequestInit & { duplex?: 'half' }) => Promise<Response>;

/** What the forwarder needs. */
export interface ForwardDeps {
  /** Base URL of each allowlisted service; nothing else is ever reached. */
  services: Partial<Record<Audience, string>>;
  tokens: ServiceTokens;
  upstream: UpstreamFetch;
}

const forwardedRequestHeaders = ['content-type', 'accept', 'accept-language', 'if-none-match', 'if-match'];
const forwardedResponseHeaders = ['content-type', 'cache-control', 'etag', 'location', 'content-disposition'];
// Encoded slashes, backslashes and dots could climb out of the service's base path after decoding.
const unsafePath = /%2f|%5c|%2e|\\|(^|\/)\.\.?(\/|$)|\/\/|%00/i;

/** The upstream URL for a forwarded path, or null when the path is unsafe. */
export function upstreamUrl(base: string, rest: string, search: string): string | null {
  if (rest !== '' && !rest.startsWith('/')) return null;
  if (unsafePath.test(rest)) return null;
  const baseUrl = new URL(base);
  const target = new URL(baseUrl.pathname.replace(/\/$/, '') + (rest || '/') + search, baseUrl.origin);
  return target.origin === baseUrl.origin ? target.toString() : null;
}

/** `/api/<service>/...` forwarded to allowlisted services with a token for that service's audience. */
export function forwardRoutes(deps: ForwardDeps): Hono<{ Variables: SessionVariables }> {
  const app = new Hono<{ Variables: SessionVariables }>();
  app.all('/:service/*', async (c) => {
    const service = c.req.param('service') as Audience;
    const base = Object.hasOwn(deps.services, service) ? deps.services[service] : undefined;
    if (!base) return problem(c, 404, 'unknown-service', 'There is no such API.');
    const url = new URL(c.req.url);
    const prefix = `/api/${service}`;
    const target = upstreamUrl(base, url.pathname.slice(prefix.length), url.search);
    if (!target) return problem(c, 404, 'not-found', 'There is no such resource.');
    const token = await deps.tokens.tokenFor(c.get('session'), service);
    if (!token) return problem(c, 401, 'session-expired', 'Your session has ended. Sign in again.');
    const headers = new Headers({ authorization: `Bearer ${token}` });
    for (const name of forwardedRequestHeaders) {
      const value = c.req.header(name);
      if (value !== undefined) headers.set(name, value);
    }
    const hasBody = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    let answer: Response;
    try {
      answer = await deps.upstream(target, {
        method: c.req.method,
        headers,
        ...(hasBody ? { body: c.req.raw.body, duplex: 'half' as const } : {}),
      });
    } catch {
      return problem(c, 502, 'service-unavailable', `The ${service} service does not answer.`);
    }
    const out = new Headers();
    for (const name of forwardedResponseHeaders) {
      const value = answer.headers.get(name);
      if (value !== null) out.set(name, value);
    }
    return new Response(answer.body, { status: answer.status, headers: out });
  });
  return app;
}
