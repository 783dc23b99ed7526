import { specPath } from '@kerf/openapi';
import type { Authenticator, Logger, ReadinessChecks } from '@kerf/service-kit';
import { createServiceApp, readinessRoute } from '@kerf/service-kit';
import type { Hono } from 'hono';
import type { CatalogStore } from './ports/catalog-store.ts';
import type { Clock, IdGenerator } from './ports/runtime.ts';
import { cuttingRoutes } from './routes/cutting-routes.ts';
import { materialRoutes } from './routes/material-routes.ts';
import { miscRoutes } from './routes/misc-routes.ts';

/** Everything the catalog app needs; `server.ts` builds the real ones, tests build their own. */
export interface CatalogDeps {
  readonly store: CatalogStore;
  /** Verifies bearer tokens issued by identity for the `catalog` audience. */
  readonly authenticate: Authenticator;
  readonly clock: Clock;
  readonly newId: IdGenerator;
  readonly logger: Logger;
  /** What `GET /health/ready` checks, e.g. `{ database }`. */
  readonly readiness: ReadinessChecks;
  /** Aborted when the process starts draining (SIGTERM): readiness then answers 503. */
  readonly draining?: AbortSignal;
}

/** The catalog service: every operation of openapi/catalog.yaml, validated and routed by operationId. */
export function createApp(deps: CatalogDeps): Hono {
  return createServiceApp({
    spec: specPath('catalog'),
    logger: deps.logger,
    authenticate: deps.authenticate,
    handlers: {
      ...miscRoutes(deps),
      ...materialRoutes(deps),
      ...cuttingRoutes(deps),
      getReadiness: readinessRoute(deps.readiness, { logger: deps.logger, draining: deps.draining }),
    },
  });
}

export type { CatalogStore } from './ports/catalog-store.ts';
