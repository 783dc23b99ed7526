import type { MiddlewareHandler } from 'hono';
import type { Logger } from './logger.ts';

/**
 * Logs one `request` event per request: method, path (never the query string, which may carry
 * secrets), status and duration; an incoming `x-request-id` is kept, else one is made and echoed.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const requestId = c.req.header('x-request-id') ?? crypto.randomUUID();
    c.header('x-request-id', requestId);
    await next();
    const fields = {
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (c.res.status >= 500) logger.error('request', fields);
    else logger.info('request', fields);
  };
}
