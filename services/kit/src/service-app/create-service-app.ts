import { Hono } from 'hono';
import type { Logger } from '../log/logger.ts';
import { requestLog } from '../log/request-log.ts';
import type { MountOpenApiOptions } from '../openapi/mount-openapi.ts';
import { mountOpenApi } from '../openapi/mount-openapi.ts';
import { internalErrorProblem, notFoundProblem } from '../problem/error-handlers.ts';

/** A service's contract, handlers and token check (as for {@link mountOpenApi}), and its logger. */
export interface ServiceAppOptions<Ops> extends MountOpenApiOptions<Ops> {
  readonly logger: Logger;
}

/**
 * A Kerf service as a Hono app: one log line per request, unhandled errors as a logged 500 problem,
 * unknown paths as a 404 problem, and every operation of the contract mounted. A refused bearer token
 * is logged as a `token-refused` warning unless `onAuthFailure` says otherwise.
 */
export function createServiceApp<Ops>(options: ServiceAppOptions<Ops>): Hono {
  const { logger, ...mount } = options;
  const app = new Hono();
  app.use(requestLog(logger));
  app.onError(internalErrorProblem(logger));
  app.notFound(notFoundProblem());
  mountOpenApi<Ops>(app, { onAuthFailure: (reason) => logger.warn('token-refused', { reason }), ...mount });
  return app;
}
