import type { ErrorHandler, NotFoundHandler } from 'hono';
import type { Logger } from '../log/logger.ts';
import { problem } from './problem.ts';

/** `app.onError`: logs the error and answers a 500 problem that reveals nothing of it. */
export function internalErrorProblem(logger: Logger): ErrorHandler {
  return (error, c) => {
    logger.error('unhandled-error', { method: c.req.method, path: c.req.path, error });
    return problem(c, 500, 'internal-error', 'Something went wrong on our side.');
  };
}

/** `app.notFound`: a 404 problem. */
export function notFoundProblem(): NotFoundHandler {
  return (c) => problem(c, 404, 'not-found', 'No such resource.');
}
