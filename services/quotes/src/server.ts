import { randomUUID } from 'node:crypto';
import {
  createLogger,
  createServiceTokenSource,
  createTokenVerifier,
  databaseCheck,
  readServiceSecret,
  serve,
} from '@kerf/service-kit';
import { httpCatalogSource } from './adapters/http/http-catalog-source.ts';
import { httpCompanyDirectory } from './adapters/http/http-company-directory.ts';
import { httpPartSource } from './adapters/http/http-part-source.ts';
import { openQuotesDatabase } from './adapters/sqlite/open-quotes-database.ts';
import { sqliteQuotesStore } from './adapters/sqlite/sqlite-quotes-store.ts';
import { createApp } from './app.ts';
import type { QuotesAppDeps } from './app.ts';
import { readConfig } from './config.ts';
import { startFeedLoop } from './feeds/feed-loop.ts';
import { catalogPageSize, followCatalog } from './stories/follow-catalog.ts';
import { followParts, partsPageSize } from './stories/follow-parts.ts';
import { flushReleases } from './stories/material-reference.ts';

// The only place real adapters are built: SQLite in the data folder (or PostgreSQL), identity's JWKS
// and service tokens, the catalog, parts and identity services over HTTP, and the loops that follow
// their feeds.
const config = readConfig(process.env);
const logger = createLogger({ base: { service: 'quotes' } });
const db = await openQuotesDatabase(config.database);
const tokens = createServiceTokenSource({
  identityUrl: config.identityUrl,
  clientId: 'quotes',
  secret: readServiceSecret(process.env, config.dataDir, 'quotes'),
});
const catalog = httpCatalogSource({ baseUrl: config.catalogUrl, tokens });
// Aborted when SIGTERM starts the drain: readiness answers 503 from then on.
const draining = new AbortController();
const deps: QuotesAppDeps = {
  store: sqliteQuotesStore(db),
  catalog,
  references: catalog,
  parts: httpPartSource({ baseUrl: config.partsUrl, tokens }),
  companies: httpCompanyDirectory({ baseUrl: config.identityUrl, tokens }),
  clock: () => new Date(),
  newId: randomUUID,
  logger,
  settings: { maxQuantity: config.maxQuantity, validityDays: config.validityDays },
  authenticate: createTokenVerifier({ jwksUrl: config.jwksUrl, issuer: config.issuer, audience: 'quotes' }),
  readiness: { database: databaseCheck(db) },
  draining: draining.signal,
};
const loops = [
  startFeedLoop({
    name: 'catalog',
    // Releases that could not be sent when their change committed go along with the catalog poll.
    poll: async () => {
      await flushReleases(deps, () => Date.now());
      return (await followCatalog(deps)).events;
    },
    pageSize: catalogPageSize,
    intervalMs: config.feedPollMs,
    logger,
  }),
  startFeedLoop({
    name: 'parts',
    poll: async () => (await followParts(deps)).events,
    pageSize: partsPageSize,
    intervalMs: config.feedPollMs,
    logger,
  }),
];
await serve(createApp(deps), {
  port: config.port,
  host: config.host,
  logger,
  draining,
  onClose: async () => {
    await Promise.all(loops.map((loop) => loop.stop()));
    await db.destroy();
  },
});
