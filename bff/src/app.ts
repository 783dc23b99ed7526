import { Hono } from 'hono';
import {
  createLogger,
  readinessRoute,
  requestLog,
  type Logger,
  type ReadinessChecks,
} from '@kerf/service-kit';
import { secureHeaders } from 'hono/secure-headers';
import { createAttemptLimiter } from './attempt-limiter.ts';
import { requestGuard } from './middleware/request-guard/index.ts';
import { requireSession, type CookiePolicy, type SessionVariables } from './middleware/session/index.ts';
import type { Audience, IdentityGateway } from './ports/identity-gateway.ts';
import type { SessionStore } from './ports/session-store.ts';
import { problem } from './problem.ts';
import { forwardRoutes, type UpstreamFetch } from './routes/forward.ts';
import { sessionRoutes } from './routes/session.ts';
import { spaRoutes } from './routes/spa.ts';
import { createServiceTokens } from './service-tokens.ts';
import { createEventHub, type EventHub } from './events/event-hub.ts';
import { eventRoutes } from './routes/events.ts';
import { uploadRoutes, type UploadRouteDeps } from './routes/uploads.ts';

/** Everything the BFF needs; `server.ts` builds the real ones, tests build their own. */
export interface BffDeps {
  identity: IdentityGateway;
  sessions: SessionStore;
  cookies: CookiePolicy;
  /** Base URLs of the services the browser may reach through `/api/<service>/...`. */
  services: Partial<Record<Audience, string>>;
  upstream: UpstreamFetch;
  /** Folder of the built web app, or null to serve no SPA. */
  webRoot: string | null;
  /** The tus endpoint and the upload registry, or null when this BFF takes no uploads. */
  uploads?: UploadRouteDeps | null;
  /** Where followed service events are fanned out to browsers. */
  hub?: EventHub;
  clock?: () => number;
  /** Structured logs; silent when absent. */
  logger?: Logger;
  /** What `GET /api/health/ready` checks: `database`, and `storage` when uploads go to S3. */
  readiness: ReadinessChecks;
  /** Aborted when the process starts draining (SIGTERM): readiness then answers 503. */
  draining?: AbortSignal;
}

/** Builds the BFF as a Hono app. */
export function createApp(deps: BffDeps): Hono<{ Variables: SessionVariables }> {
  const clock = deps.clock ?? Date.now;
  const logger = deps.logger ?? createLogger({ write: () => {} });
  const app = new Hono<{ Variables: SessionVariables }>();
  app.use(requestLog(logger));
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use('/api/*', requestGuard());
  app.get('/api/health', (c) => c.json({ status: 'ok', services: {} }));
  // Before `/api/:service/*`, which would take `health` for a service and ask for a session.
  app.get('/api/health/ready', readinessRoute(deps.readiness, { logger, draining: deps.draining }));
  const limiter = createAttemptLimiter(10, 5 * 60_000);
  app.route('/api/session', sessionRoutes({ ...deps, limiter, clock, maxSessionMs: 12 * 3_600_000 }));
  const tokens = createServiceTokens(deps.identity, clock);
  const signedIn = requireSession(deps.sessions, deps.cookies, clock);
  app.use('/api/events', signedIn);
  app.route('/api/events', eventRoutes(deps.hub ?? createEventHub()));
  if (deps.uploads) {
    app.use('/api/uploads', signedIn);
    app.use('/api/uploads/*', signedIn);
    app.route('/api/uploads', uploadRoutes(deps.uploads));
  }
  app.use('/api/:service/*', signedIn);
  app.route('/api', forwardRoutes({ services: deps.services, tokens, upstream: deps.upstream }));
  app.all('/api/*', (c) => problem(c, 404, 'not-found', 'There is no such API.'));
  if (deps.webRoot) app.route('/', spaRoutes(deps.webRoot));
  app.onError((error, c) => {
    logger.error('unhandled', { path: new URL(c.req.url).pathname, message: error.message });
    return problem(c, 500 as never, 'internal-error', 'Something went wrong on our side.');
  });
  return app;
}
