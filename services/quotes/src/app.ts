import { specPath } from '@kerf/openapi';
import type { operations } from '@kerf/openapi/quotes';
import type { Authenticator, ReadinessChecks } from '@kerf/service-kit';
import { createServiceApp, readinessRoute } from '@kerf/service-kit';
import type { Hono } from 'hono';
import { exportRoutes } from './routes/export-routes.ts';
import { lineRoutes } from './routes/line-routes.ts';
import { miscRoutes } from './routes/misc-routes.ts';
import { quoteRoutes } from './routes/quote-routes.ts';
import type { QuotesDeps } from './stories/deps.ts';

/** Everything the quotes app needs; `server.ts` builds the real ones, tests build their own. */
export interface QuotesAppDeps extends QuotesDeps {
  /** Verifies bearer tokens issued by identity for the `quotes` audience. */
  readonly authenticate: Authenticator;
  /** What `GET /health/ready` checks, e.g. `{ database }`. */
  readonly readiness: ReadinessChecks;
  /** Aborted when the process starts draining (SIGTERM): readiness then answers 503. */
  readonly draining?: AbortSignal;
}

/** The quotes service: every operation of openapi/quotes.yaml, validated and routed by operationId. */
export function createApp(deps: QuotesAppDeps): Hono {
  return createServiceApp<operations>({
    spec: specPath('quotes'),
    logger: deps.logger,
    authenticate: deps.authenticate,
    handlers: {
      ...miscRoutes(deps),
      ...quoteRoutes(deps),
      ...lineRoutes(deps),
      ...exportRoutes(deps),
      getReadiness: readinessRoute(deps.readiness, { logger: deps.logger, draining: deps.draining }),
    },
  });
}

export type { QuotesDeps, QuotesSettings } from './stories/deps.ts';
