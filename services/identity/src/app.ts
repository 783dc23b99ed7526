import type { Hono } from 'hono';
import { specPath } from '@kerf/openapi';
import type { operations } from '@kerf/openapi/identity';
import { createServiceApp, createTokenVerifier, readinessRoute } from '@kerf/service-kit';
import type { Logger, ReadinessChecks } from '@kerf/service-kit';
import { identityIssuer } from './ports/token-signer.ts';
import { companyRoutes } from './routes/company-routes.ts';
import { keyRoutes } from './routes/key-routes.ts';
import { sessionRoutes } from './routes/session-routes.ts';
import { userRoutes } from './routes/user-routes.ts';
import type { IdentityPorts } from './stories/identity-deps.ts';

/** What the identity app is built from: its ports, a logger and its readiness checks. */
export interface IdentityDeps extends IdentityPorts {
  readonly logger: Logger;
  /** What `GET /health/ready` checks besides the signing key, e.g. `{ database }`. */
  readonly readiness: ReadinessChecks;
  /** Aborted when the process starts draining (SIGTERM): readiness then answers 503. */
  readonly draining?: AbortSignal;
}

/**
 * The identity service as a Hono app: every operation of `openapi/identity.yaml`, validated against
 * it; bearer tokens must be identity-audience tokens signed by this service's own key. Readiness also
 * checks that the signing key is loaded.
 */
export function createApp(deps: IdentityDeps): Hono {
  return createServiceApp<operations>({
    spec: specPath('identity'),
    logger: deps.logger,
    handlers: {
      ...keyRoutes(deps),
      ...sessionRoutes(deps),
      ...userRoutes(deps),
      ...companyRoutes(deps),
      getReadiness: readinessRoute(
        {
          ...deps.readiness,
          signing_key: async () => {
            if (deps.tokens.publicKeys().keys.length === 0) throw new Error('no signing key');
          },
        },
        { logger: deps.logger, draining: deps.draining },
      ),
    },
    authenticate: createTokenVerifier({
      jwks: { keys: deps.tokens.publicKeys().keys.map((key) => ({ ...key })) },
      issuer: identityIssuer,
      audience: 'identity',
    }),
    onAuthFailure: (reason, c) => deps.logger.info('token-refused', { reason, path: c.req.path }),
  });
}
