import { randomUUID } from 'node:crypto';
import { createLogger, createTokenVerifier, databaseCheck, serve } from '@kerf/service-kit';
import { openCatalogDatabase } from './adapters/sqlite/open-catalog-database.ts';
import { sqliteCatalogStore } from './adapters/sqlite/sqlite-catalog-store.ts';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';

// The only place real adapters are built: SQLite in the data folder or PostgreSQL, identity's JWKS
// over HTTP.
const config = readConfig(process.env);
const logger = createLogger({ base: { service: 'catalog' } });
const db = await openCatalogDatabase(config.database, {
  now: new Date(),
  newId: randomUUID,
});
// Aborted when SIGTERM starts the drain: readiness answers 503 from then on.
const draining = new AbortController();
const app = createApp({
  store: sqliteCatalogStore(db),
  authenticate: createTokenVerifier({
    jwksUrl: config.jwksUrl,
    issuer: config.issuer,
    audience: config.audience,
  }),
  clock: () => new Date(),
  newId: randomUUID,
  logger,
  readiness: { database: databaseCheck(db) },
  draining: draining.signal,
});
await serve(app, { port: config.port, host: config.host, logger, draining, onClose: () => db.destroy() });
