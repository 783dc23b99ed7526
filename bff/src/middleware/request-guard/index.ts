import type { MiddlewareHandler } from 'hono';
import { problem } from '../../problem.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The header every unsafe request must carry; a cross-site form or `no-cors` fetch cannot send it. */
export const requestHeader = 'x-kerf-request';

/**
 * Refuses unsafe requests (POST, PUT, PATCH, DELETE) that lack the custom request header or come from
 * another origin (by `Origin`, else `Sec-Fetch-Site`). Hono's `csrf()` alone lets JSON and tus PATCH
 * through, so the header is required as well.
 */
export function requestGuard(): MiddlewareHandler {
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    if (c.req.header(requestHeader) !== '1') {
      return problem(
        c,
        403,
        'missing-request-header',
        `Unsafe requests must send the header X-Kerf-Request: 1.`,
      );
    }
    const origin = c.req.header('origin');
    const ownOrigin = new URL(c.req.url).origin;
    if (origin !== undefined && origin !== ownOrigin) {
      return problem(c, 403, 'cross-origin', 'Requests from another origin are refused.');
    }
    const site = c.req.header('sec-fetch-site');
    if (origin === undefined && site !== undefined && site !== 'same-origin') {
      return problem(c, 403, 'cross-origin', 'Requests from another site are refused.');
    }
    return next();
  };
}
