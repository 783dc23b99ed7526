import { specPath } from '@kerf/openapi';
import type { operations } from '@kerf/openapi/parts';
import type { Authenticator, Logger, ReadinessChecks } from '@kerf/service-kit';
import { createServiceApp, readinessRoute } from '@kerf/service-kit';
import type { Hono } from 'hono';
import { miscRoutes } from './routes/misc-routes.ts';
import { partRoutes } from './routes/part-routes.ts';
import type { PartsDeps } from './stories/deps.ts';

/** Everything the parts app needs; `server.ts` builds the real ones, tests build their own. */
export interface PartsAppDeps extends PartsDeps {
  /** Verifies bearer tokens issued by identity for the `parts` audience. */
  readonly authenticate: Authenticator;
  readonly logger: Logger;
  /** What `GET /health/ready` checks: `database`, and `storage` (S3) and `job_queue` (pg-boss) when used. */
  readonly readiness: ReadinessChecks;
  /** Aborted when the process starts draining (SIGTERM): readiness then answers 503. */
  readonly draining?: AbortSignal;
}

/** The parts service: every operation of openapi/parts.yaml, validated and routed by operationId. */
export function createApp(deps: PartsAppDeps): Hono {
  return createServiceApp<operations>({
    spec: specPath('parts'),
    logger: deps.logger,
    authenticate: deps.authenticate,
    handlers: {
      ...miscRoutes({ outbox: deps.store.read.outbox }),
      ...partRoutes(deps),
      getReadiness: readinessRoute(deps.readiness, { logger: deps.logger, draining: deps.draining }),
    },
  });
}
