import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { specPath } from '@kerf/openapi';
import type { ContractChecker, Role } from '@kerf/service-kit';
import { createContractChecker, createLogger, createTokenVerifier } from '@kerf/service-kit';
import type { Hono } from 'hono';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import type { Kysely } from 'kysely';
import { openCatalogDatabase } from '../adapters/sqlite/open-catalog-database.ts';
import type { CatalogDatabase } from '../adapters/sqlite/schema.ts';
import { sqliteCatalogStore } from '../adapters/sqlite/sqlite-catalog-store.ts';
import { createApp } from '../app.ts';
import type { CatalogStore } from '../ports/catalog-store.ts';
import type { ChangeDeps } from '../stories/deps.ts';

/** A catalog on a temporary SQLite file, for tests only. */
export interface TestCatalog extends ChangeDeps {
  readonly db: Kysely<CatalogDatabase>;
  /** Removes the database and its folder. */
  close(): Promise<void>;
}

/** Opens a migrated (and, unless told otherwise, seeded) catalog on a fresh temporary file. */
export async function openTestCatalog(options: { seed?: boolean } = {}): Promise<TestCatalog> {
  const dir = mkdtempSync(join(tmpdir(), 'kerf-catalog-'));
  let tick = Date.parse('2025-01-01T00:00:00Z');
  const clock = () => new Date((tick += 1000));
  let counter = 0;
  const newId = () => `id-${String((counter += 1)).padStart(4, '0')}`;
  const db = await openCatalogDatabase(join(dir, 'catalog.sqlite'), {
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
  const pair = await generateKeyPair('ES256');
  const jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'test', alg: 'ES256' }] };
  const app = createApp({
    ...catalog,
    authenticate: createTokenVerifier({ jwks, issuer: 'kerf-identity', audience: 'catalog' }),
    logger: createLogger({ write: () => undefined }),
  });
  const token: TestApp['token'] = (role, tokenOptions = {}) =>
    new SignJWT({ company: tokenOptions.company ?? 'shop', role })
      .setProtectedHeader({ alg: 'ES256', kid: 'test' })
      .setSubject(`user-${role}`)
      .setIssuer('kerf-identity')
      .setAudience(tokenOptions.audience ?? 'catalog')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(pair.privateKey);
  return {
    catalog,
    app,
    contract: createContractChecker(specPath('catalog')),
    token,
    async call(role, method, path, body) {
      const headers: Record<string, string> = {};
      if (role) headers.authorization = `Bearer ${await token(role)}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      return app.request(path, {
        method,
        headers,
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
    },
    close: () => catalog.close(),
  };
}
