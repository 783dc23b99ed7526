import { createApp as createIdentityApp } from '@kerf/identity';
import { createTestPorts } from '@kerf/identity/testing';
import { createLogger } from '@kerf/service-kit';
import { createHttpIdentityGateway } from '../adapters/http-identity-gateway.ts';
import { createSqliteSessionStore } from '../adapters/sqlite-session-store.ts';
import { createApp } from '../app.ts';
import type { UpstreamFetch } from '../routes/forward.ts';

/** The BFF in front of a real identity app (in-memory SQLite), both called in-process. */
export async function bffWithIdentity(
  options: { secure?: boolean; clock?: () => number; upstream?: UpstreamFetch } = {},
) {
  const ports = await createTestPorts();
  const identity = createIdentityApp({ ...ports, logger: createLogger({ write: () => {} }) });
  const sessions = createSqliteSessionStore(':memory:');
  const app = createApp({
    identity: createHttpIdentityGateway({
      baseUrl: 'http://identity.test',
      fetch: async (r) => identity.fetch(r),
    }),
    sessions,
    cookies: { secure: options.secure ?? false },
    services: { catalog: 'http://catalog.test' },
    upstream: options.upstream ?? (() => Promise.reject(new Error('no upstream in this test'))),
    webRoot: null,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return { app, sessions, close: () => Promise.all([ports.close(), sessions.close()]) };
}
