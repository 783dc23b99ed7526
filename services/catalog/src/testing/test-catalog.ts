import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { specPath } from '@kerf/openapi';
import type { ContractChecker, Role } from '@kerf/service-kit';
import { createContractChecker, createLogger, databaseCheck } from '@kerf/service-kit';
import { createTestTokens, testDatabaseLocation, testRequest } from '@kerf/service-kit/testing';
import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { openCatalogDatabase } from '../adapters/sqlite/open-catalog-database.ts';
import type { CatalogDatabase } from '../adapters/sqlite/schema.ts';
import { sqliteCatalogStore } from '../adapters/sqlite/sqlite-catalog-store.ts';
import { createApp } from '../app.ts';
import type { CatalogStore } from '../ports/catalog-store.ts';
import type { ChangeDeps } from '../stories/deps.ts';

/** A catalog on a temporary SQLite file (a fresh PostgreSQL schema in the `postgres` project), for tests. */
export interface TestCatalog extends ChangeDeps {
  readonly db: Kysely<CatalogDatabase>;
  /** Closes the database and removes its folder (a test schema stays on the throw-away server). */
  close(): Promise<void>;
}

/**
 * Opens a migrated (and, unless told otherwise, seeded) catalog on a fresh temporary file, or a fresh
 * PostgreSQL schema when the tests run on PostgreSQL.
 */
export async function openTestCatalog(options: { seed?: boolean } = {}): Promise<TestCatalog> {
  const dir = mkdtempSync(join(tmpdir(), 'kerf-catalog-'));
  let tick = Date.parse('2025-01-01T00:00:00Z');
  const clock = () => new Date((tick += 1000));
  let counter = 0;
  const newId = () => `id-${String((counter += 1)).padStart(4, '0')}`;
  const db = await openCatalogDatabase(testDatabaseLocation(join(dir, 'catalog.sqlite')), {
    now: clock(),
    newId,
    seed: options.seed ?? true,
  });
  const store: CatalogStore = sqliteCatalogStore(db);
  return {
    db,
    store,
    clock,
    newId,
    async close() {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The catalog app with real ES256 tokens, and a contract checker for its responses. */
export interface TestApp {
  readonly catalog: TestCatalog;
  readonly app: Hono;
  readonly contract: ContractChecker;
  /** A valid bearer token for the role (company `shop` unless given). */
  token(role: Role, options?: { company?: string; audience?: string }): Promise<string>;
  /** Sends a request with a token for `role` (none when null) and a JSON body when given. */
  call(role: Role | null, method: string, path: string, body?: unknown): Promise<Response>;
  close(): Promise<void>;
}

/** Builds the app over a temporary catalog, verifying tokens signed by a key generated here. */
export async function openTestApp(options: { seed?: boolean } = {}): Promise<TestApp> {
  const catalog = await openTestCatalog(options);
  const tokens = await createTestTokens();
  const app = createApp({
    ...catalog,
    authenticate: tokens.verifier('catalog'),
    logger: createLogger({ write: () => undefined }),
    readiness: { database: databaseCheck(catalog.db) },
  });
  const token: TestApp['token'] = (role, tokenOptions = {}) =>
    tokens.sign({
      sub: `user-${role}`,
      company: tokenOptions.company ?? 'shop',
      role,
      audience: tokenOptions.audience ?? 'catalog',
    });
  return {
    catalog,
    app,
    contract: createContractChecker(specPath('catalog')),
    token,
    call: async (role, method, path, body) =>
      testRequest(app, method, path, { token: role ? await token(role) : null, body }),
    close: () => catalog.close(),
  };
}
