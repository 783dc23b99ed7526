import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { specPath } from '@kerf/openapi';
import type { ContractChecker, Role, ServiceTokenSource } from '@kerf/service-kit';
import { createContractChecker, createLogger, databaseCheck } from '@kerf/service-kit';
import { createTestTokens, testDatabaseLocation, testRequest } from '@kerf/service-kit/testing';
import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { httpCatalogSource } from '../adapters/http/http-catalog-source.ts';
import { httpPartSource } from '../adapters/http/http-part-source.ts';
import { openQuotesDatabase } from '../adapters/sqlite/open-quotes-database.ts';
import type { QuotesDatabase } from '../adapters/sqlite/schema.ts';
import { sqliteQuotesStore } from '../adapters/sqlite/sqlite-quotes-store.ts';
import type { QuotesAppDeps } from '../app.ts';
import { createApp } from '../app.ts';
import type { CatalogTestApp, PartsTestApp } from './sibling-services.ts';
import { openCatalogApp, openPartsApp, processQueuedParts } from './sibling-services.ts';

/** Who calls: a role and a company (`service` callers get `*`, as identity issues them). */
export interface Caller {
  readonly role: Role;
  readonly company?: string;
  readonly sub?: string;
}

/** Customers of two companies and the shop, as the tests use them. */
export const callers = {
  alice: { role: 'external', company: 'acme', sub: 'alice' },
  bob: { role: 'external', company: 'nordic', sub: 'bob' },
  estimator: { role: 'internal', company: 'shop', sub: 'estimator' },
  admin: { role: 'admin', company: 'shop', sub: 'admin' },
  service: { role: 'service', company: '*', sub: 'service:bff' },
} as const satisfies Record<string, Caller>;

/** The customers' names as identity would give them (quotes reads only names). */
export const testCompanyNames: Readonly<Record<string, string>> = {
  acme: 'Acme Brackets',
  nordic: 'Nordic Steel',
  shop: 'Kerf Laser Shop',
};

/** A parsed JSON body, loosely typed for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers field by field
export type Json = any;

/** The quotes app over the real catalog and parts apps, in process, with real ES256 tokens. */
export interface TestQuotes {
  readonly app: Hono;
  readonly deps: QuotesAppDeps;
  readonly db: Kysely<QuotesDatabase>;
  /** Where `db` is (a SQLite file or a PostgreSQL schema), for a second replica on the same data. */
  readonly location: string;
  readonly catalog: CatalogTestApp;
  readonly parts: PartsTestApp;
  readonly contract: ContractChecker;
  /** A valid bearer token for the quotes audience. */
  token(caller: Caller): Promise<string>;
  /** Sends a request as `caller` (no token when null), with a JSON body when given. */
  call(caller: Caller | null, method: string, path: string, body?: unknown): Promise<Response>;
  /** Calls an operation and checks the answer against the contract; returns its status and parsed body. */
  op<T = Json>(
    operationId: string,
    caller: Caller | null,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
  /** Creates a draft as `caller` and returns its id. */
  draft(caller: Caller, name?: string): Promise<string>;
  /** Adds lines to a quote as `caller` (answer checked against the contract). */
  addLines(
    caller: Caller,
    quote: string,
    lines: Record<string, unknown>[],
  ): Promise<{ status: number; body: Json }>;
  /** Creates a catalog material (mild steel at 1.20 EUR/kg unless the fields say otherwise); returns its id. */
  newMaterial(fields: Record<string, unknown>): Promise<string>;
  /** Creates a part of `company` from DXF text through the parts app; processes it unless told not to. */
  addPart(company: string, dxf: string, options?: { name?: string; process?: boolean }): Promise<string>;
  /** Processes every queued part. */
  processParts(): Promise<number>;
  /** The id of the seeded material of a quality and thickness. */
  material(quality: string, thickness: number): Promise<string>;
  /** Makes calls to the catalog fail as if it were down (or back up). */
  catalogDown(down: boolean): void;
  /** Makes the catalog calls the predicate picks fail as if the catalog went down (null: none). */
  failCatalog(fails: ((request: Request) => boolean) | null): void;
  /** Moves the quotes clock by whole days. */
  advanceDays(days: number): void;
  close(): Promise<void>;
}

/**
 * Builds the quotes app on a temporary SQLite file (a fresh PostgreSQL schema in the `postgres`
 * project), wired to a fresh catalog and parts app.
 */
export async function openTestQuotes(options: { maxQuantity?: number } = {}): Promise<TestQuotes> {
  const [catalog, parts] = await Promise.all([openCatalogApp(), openPartsApp()]);
  const dir = mkdtempSync(join(tmpdir(), 'kerf-quotes-'));
  const location = testDatabaseLocation(join(dir, 'quotes.sqlite'));
  const db = await openQuotesDatabase(location);
  const testTokens = await createTestTokens();
  let offsetMs = 0;
  let fails: ((request: Request) => boolean) | null = null;
  let ids = 0;
  const tokens: ServiceTokenSource = {
    token: (audience) =>
      audience === 'catalog' ? catalog.token('service', { company: '*' }) : parts.token({ role: 'service' }),
  };
  const catalogSource = httpCatalogSource({
    baseUrl: 'http://catalog.test',
    tokens,
    fetch: async (request) => {
      if (fails?.(request)) throw new TypeError('fetch failed: catalog is down');
      return catalog.app.fetch(request);
    },
  });
  const deps: QuotesAppDeps = {
    store: sqliteQuotesStore(db),
    catalog: catalogSource,
    references: catalogSource,
    parts: httpPartSource({
      baseUrl: 'http://parts.test',
      tokens,
      fetch: async (request) => parts.app.fetch(request),
    }),
    companies: { name: async (id) => testCompanyNames[id] ?? null },
    clock: () => new Date(Date.now() + offsetMs),
    newId: () => `qt-${String((ids += 1)).padStart(4, '0')}`,
    logger: createLogger({ write: () => undefined }),
    settings: { maxQuantity: options.maxQuantity ?? 100_000, validityDays: 30 },
    authenticate: testTokens.verifier('quotes'),
    readiness: { database: databaseCheck(db) },
  };
  const app = createApp(deps);
  const token = (caller: Caller) =>
    testTokens.sign({
      sub: caller.sub ?? `user-${caller.role}`,
      company: caller.company ?? 'shop',
      role: caller.role,
      audience: 'quotes',
    });
  const call: TestQuotes['call'] = async (caller, method, path, body) =>
    testRequest(app, method, path, { token: caller ? await token(caller) : null, body });
  const contract = createContractChecker(specPath('quotes'));
  const op: TestQuotes['op'] = async <T>(
    operationId: string,
    caller: Caller | null,
    method: string,
    path: string,
    body?: unknown,
  ) => {
    const response = await call(caller, method, path, body);
    return { status: response.status, body: (await contract.assertResponse(operationId, response)) as T };
  };
  return {
    app,
    deps,
    db,
    location,
    catalog,
    parts,
    contract,
    token,
    call,
    op,
    async draft(caller, name = 'Draft') {
      const created = await op<Json>('createQuote', caller, 'POST', '/quotes', { name });
      if (created.status !== 201) throw new Error(`no draft: ${JSON.stringify(created.body)}`);
      return created.body.id as string;
    },
    addLines: (caller, quote, lines) =>
      op<Json>('addQuoteLines', caller, 'POST', `/quotes/${quote}/lines`, { lines }),
    async newMaterial(fields) {
      const created = await catalog.call('internal', 'POST', '/materials', {
        quality: 'mild-steel',
        price_per_kg: 1.2,
        ...fields,
      });
      const body = (await created.json()) as { id: string };
      if (created.status !== 201) throw new Error(`catalog refused the material: ${JSON.stringify(body)}`);
      return body.id;
    },
    async addPart(company, dxf, partOptions = {}) {
      const upload = await parts.parts.upload(dxf, partOptions.name ?? 'plate.dxf');
      const response = await parts.call({ role: 'service' }, 'POST', '/parts', {
        ...upload,
        company_id: company,
        owner_id: `${company}-user`,
      });
      const part = (await response.json()) as { id: string };
      if (response.status !== 201) throw new Error(`parts refused the part: ${JSON.stringify(part)}`);
      if (partOptions.process ?? true) await processQueuedParts(parts);
      return part.id;
    },
    processParts: () => processQueuedParts(parts),
    async material(quality, thickness) {
      const response = await catalog.call('internal', 'GET', `/materials?quality=${quality}&limit=200`);
      const page = (await response.json()) as { items: { id: string; thickness: number }[] };
      const found = page.items.find((item) => item.thickness === thickness);
      if (!found) throw new Error(`no seeded ${quality} ${thickness} mm`);
      return found.id;
    },
    catalogDown(value) {
      fails = value ? () => true : null;
    },
    failCatalog(predicate) {
      fails = predicate;
    },
    advanceDays(days) {
      offsetMs += days * 86_400_000;
    },
    async close() {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
      await Promise.all([catalog.close(), parts.close()]);
    },
  };
}
