import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { serve } from '@hono/node-server';
import {
  createLogger,
  createServiceTokenSource,
  databaseCheck,
  databaseLocation,
  dialectOf,
  readServiceSecret,
} from '@kerf/service-kit';
import { createEventHub } from './events/event-hub.ts';
import { followServiceFeeds } from './events/follow-service-feeds.ts';
import { Agent, fetch as undiciFetch } from 'undici';
import { createHttpIdentityGateway } from './adapters/http-identity-gateway.ts';
import { openBffDatabase } from './adapters/sql/bff-database.ts';
import { createKyselySessionStore } from './adapters/sql/kysely-session-store.ts';
import { createKyselyUploadRegistry } from './adapters/sql/kysely-upload-registry.ts';
import { createPostgresUploadLocker } from './adapters/sql/postgres-upload-locker.ts';
import { createHttpPartsGateway } from './adapters/http-parts-gateway.ts';
import { s3BucketCheck } from './adapters/s3-bucket-check.ts';
import { applyPartEvent } from './uploads/apply-part-event.ts';
import { createUploadFlow } from './uploads/index.ts';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import type { UpstreamFetch } from './routes/forward.ts';

const config = readConfig(process.env);
mkdirSync(path.join(config.dataDir, 'bff'), { recursive: true });
// Two SQLite files on one machine; one PostgreSQL schema shared by every replica when configured.
const location = (file: string) =>
  databaseLocation(process.env, 'bff', path.join(config.dataDir, 'bff', file));
const sessionsDb = await openBffDatabase(location('sessions.sqlite'));
const uploadsDb =
  location('uploads.sqlite') === location('sessions.sqlite')
    ? sessionsDb
    : await openBffDatabase(location('uploads.sqlite'));
const sessions = createKyselySessionStore(sessionsDb);
const logger = createLogger({ base: { service: 'bff' } });

// Keep-alive connections to the services: about twice the throughput of a bare fetch under load.
const dispatcher = new Agent({ keepAliveTimeout: 30_000, connections: 64 });
const upstream = ((url, init) => undiciFetch(url, { ...init, dispatcher } as never)) as UpstreamFetch;

const hub = createEventHub();
const serviceTokens = createServiceTokenSource({
  identityUrl: config.identityUrl,
  clientId: 'bff',
  secret: readServiceSecret(process.env, config.dataDir, 'bff'),
});
const registry = createKyselyUploadRegistry(uploadsDb);
// Replicas share the upload registry's PostgreSQL: they lock uploads there too (tus locks in memory
// otherwise, which is enough for the one BFF on SQLite).
const locker =
  dialectOf(uploadsDb) === 'postgres'
    ? createPostgresUploadLocker({ location: location('uploads.sqlite') })
    : null;
const partsUrl = config.serviceUrls.parts;
const uploads = partsUrl
  ? createUploadFlow({
      dataDir: config.dataDir,
      registry,
      parts: createHttpPartsGateway({ baseUrl: partsUrl, tokens: serviceTokens }),
      maxBytes: config.maxUploadBytes,
      s3: config.s3,
      locker: locker ?? undefined,
    })
  : null;
const { identity: _identity, ...feeds } = config.serviceUrls;
followServiceFeeds({
  services: feeds,
  tokens: serviceTokens,
  upstream,
  hub,
  beforePublish: async (service, event) => {
    if (service === 'parts') await applyPartEvent(registry, event);
  },
});
if (uploads) {
  // Parts a crash or an unavailable parts service left out are created now and retried every few seconds.
  const resume = () =>
    void uploads.resume().catch((error: Error) => logger.warn('resume-failed', { message: error.message }));
  resume();
  setInterval(resume, 5_000).unref();
  setInterval(() => void uploads.cleanUp().catch(() => 0), 3_600_000).unref();
}

// Aborted when SIGTERM starts the drain: readiness answers 503 from then on.
const draining = new AbortController();
const app = createApp({
  draining: draining.signal,
  hub,
  uploads,
  identity: createHttpIdentityGateway({ baseUrl: config.identityUrl }),
  sessions,
  cookies: { secure: config.secureCookies },
  services: config.serviceUrls,
  upstream,
  webRoot: config.webRoot,
  logger,
  readiness: {
    database: async (signal) => {
      await Promise.all([databaseCheck(sessionsDb)(signal), databaseCheck(uploadsDb)(signal)]);
    },
    ...(config.s3 ? { storage: s3BucketCheck(config.s3) } : {}),
  },
});

const server = serve(
  { fetch: app.fetch, port: config.port, hostname: config.host, serverOptions: { requestTimeout: 0 } },
  (info) => logger.info('listening', { url: `http://${config.host}:${info.port}` }),
);
const purge = setInterval(() => void sessions.purgeExpired(Date.now()), 10 * 60_000);
purge.unref();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    logger.info('stopping', { signal });
    draining.abort();
    server.close(() => {
      void Promise.all([
        sessionsDb.destroy(),
        uploadsDb === sessionsDb ? null : uploadsDb.destroy(),
        locker?.close(),
      ]).then(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
