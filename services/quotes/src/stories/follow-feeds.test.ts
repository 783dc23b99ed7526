import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workedPlateDxf } from '../testing/dxf.ts';
import type { Json, TestQuotes } from '../testing/test-quotes.ts';
import { callers, openTestQuotes } from '../testing/test-quotes.ts';
import { followCatalog, scopeOf } from './follow-catalog.ts';
import { followParts } from './follow-parts.ts';
import { openPricingSession } from './pricing-session.ts';
import { repriceDraftLines } from './reprice-drafts.ts';

let t: TestQuotes;
let part: string;
beforeAll(async () => {
  t = await openTestQuotes();
  part = await t.addPart('acme', workedPlateDxf());
  // Start from a caught-up cursor, as a running service would be.
  while ((await followCatalog(t.deps)).events > 0);
  while ((await followParts(t.deps)).events > 0);
});
afterAll(() => t.close());

/** A quote of acme with one line of the part in `material`, sent when told. */
async function quoteOf(material: string, options: { send?: boolean; part?: string } = {}): Promise<string> {
  const id = (
    (await t.op<Json>('createQuote', callers.alice, 'POST', '/quotes', { name: 'Feed' })).body as Json
  ).id;
  await t.op('addQuoteLines', callers.alice, 'POST', `/quotes/${id}/lines`, {
    lines: [{ part_id: options.part ?? part, material_id: material, quantity: 10 }],
  });
  if (options.send) await t.op('updateQuote', callers.alice, 'PATCH', `/quotes/${id}`, { status: 'sent' });
  return id;
}

async function lineOf(quote: string): Promise<Json> {
  return (await t.op<Json>('getQuote', callers.estimator, 'GET', `/quotes/${quote}`)).body.lines[0];
}

async function totalOf(quote: string): Promise<number> {
  return (await t.op<Json>('getQuote', callers.estimator, 'GET', `/quotes/${quote}`)).body.totals.total_cents;
}

async function catalogChange(method: string, path: string, body?: unknown): Promise<void> {
  const response = await t.catalog.call('internal', method, path, body);
  expect(response.status, `${method} ${path}`).toBeLessThan(300);
}

describe('following the catalog', () => {
  it('re-prices drafts when a material price changes; sent quotes keep their prices', async () => {
    const material = await t.material('mild-steel', 3);
    const draft = await quoteOf(material);
    const sent = await quoteOf(material, { send: true });
    const [draftBefore, sentBefore] = [await totalOf(draft), await totalOf(sent)];
    await catalogChange('PATCH', `/materials/${material}`, { price_per_kg: 2.4 });
    const followed = await followCatalog(t.deps);
    expect(followed.events).toBe(1);
    expect(followed.repriced.get(draft)).toHaveLength(1);
    expect(followed.repriced.has(sent)).toBe(false);
    expect(await totalOf(draft)).toBeGreaterThan(draftBefore);
    expect((await lineOf(draft)).breakdown.rates.price_per_kg).toBe(2.4);
    expect(await totalOf(sent)).toBe(sentBefore);
    expect((await lineOf(sent)).breakdown.rates.price_per_kg).toBe(1.2);
    expect(await followCatalog(t.deps)).toEqual({ events: 0, repriced: new Map() });
    const feed = await t.op<Json>('listEvents', callers.service, 'GET', '/events?limit=1000');
    const repriced = feed.body.items.filter((event: Json) => event.type === 'quote.repriced');
    expect(repriced.at(-1)).toMatchObject({
      entity_id: draft,
      payload: { company_id: 'acme', status: 'draft' },
    });
  });

  it('re-prices the drafts of a quality when its cutting table changes, and all drafts for the shop rates', async () => {
    const mild = await t.material('mild-steel', 4);
    const alu = await t.material('aluminium', 4);
    const [mildQuote, aluQuote] = [await quoteOf(mild), await quoteOf(alu)];
    const parameters = await t.catalog.call(
      'internal',
      'GET',
      '/cutting-parameters?quality=mild-steel&limit=200',
    );
    const row = ((await parameters.json()) as Json).items.find((item: Json) => item.thickness === 4);
    await catalogChange('PATCH', `/cutting-parameters/${row.id}`, { speed_mm_per_min: 1800 });
    const table = await followCatalog(t.deps);
    expect(table.repriced.has(mildQuote)).toBe(true);
    expect(table.repriced.has(aluQuote)).toBe(false);
    expect((await lineOf(mildQuote)).breakdown.cutting.speed_mm_per_min).toBe(1800);

    await catalogChange('PATCH', '/shop-rates', { margin: 0.4 });
    const rates = await followCatalog(t.deps);
    expect(rates.repriced.has(mildQuote) && rates.repriced.has(aluQuote)).toBe(true);
    expect((await lineOf(aluQuote)).breakdown.rates.margin).toBe(0.4);
    await catalogChange('PATCH', '/shop-rates', { margin: 0.25 });
    await followCatalog(t.deps);
  });

  it('blocks draft lines of a deactivated material and re-prices them when it is offered again', async () => {
    const material = await t.material('stainless', 2);
    const draft = await quoteOf(material);
    await catalogChange('POST', `/materials/${material}/deactivate`);
    await followCatalog(t.deps);
    expect(await lineOf(draft)).toMatchObject({
      status: 'blocked',
      problems: [{ code: 'material-inactive' }],
    });
    await catalogChange('PATCH', `/materials/${material}`, { is_active: true });
    await followCatalog(t.deps);
    expect((await lineOf(draft)).status).toBe('priced');
  });

  it('leaves the cursor where it was when the catalog does not answer', async () => {
    const before = await t.deps.store.read.cursors.get('catalog');
    await catalogChange('PATCH', '/shop-rates', { setup_minutes: 20 });
    t.catalogDown(true);
    try {
      await expect(followCatalog(t.deps)).rejects.toThrow(/catalog is down/);
    } finally {
      t.catalogDown(false);
    }
    expect(await t.deps.store.read.cursors.get('catalog')).toBe(before);
    expect((await followCatalog(t.deps)).events).toBe(1);
  });
});

describe('repriceDraftLines', () => {
  it('never writes back a line a person changed while it was being re-priced: it prices the new one', async () => {
    const material = await t.material('mild-steel', 5);
    const quote = await quoteOf(material);
    const stale = await t.deps.store.read.lines.listByQuote(quote);
    await new Promise((done) => setTimeout(done, 5));
    await t.op('updateQuoteLine', callers.alice, 'PATCH', `/quotes/${quote}/lines/${stale[0]!.id}`, {
      quantity: 100,
    });
    await catalogChange('PATCH', `/materials/${material}`, { price_per_kg: 3 });
    const cursor = { source: 'catalog' as const, next: await t.deps.store.read.cursors.get('catalog') };
    const session = openPricingSession({ ...t.deps, now: new Date().toISOString() });
    const repriced = await repriceDraftLines(t.deps, session, stale, (line) => line.part, cursor);
    expect(repriced.get(quote)).toEqual([stale[0]!.id]);
    const line = await lineOf(quote);
    expect(line.quantity).toBe(100);
    expect(line.breakdown.rates.price_per_kg).toBe(3);
    await followCatalog(t.deps);
  });
});

describe('following the parts', () => {
  it('prices a line once its part is ready', async () => {
    const material = await t.material('mild-steel', 2);
    const pending = await t.addPart('acme', workedPlateDxf(), { process: false });
    const quote = await quoteOf(material, { part: pending });
    expect((await lineOf(quote)).problems[0].code).toBe('part-not-ready');
    await t.processParts();
    let repriced: ReadonlyMap<string, readonly string[]> = new Map();
    for (let round = 0; round < 10 && !repriced.has(quote); round += 1)
      repriced = (await followParts(t.deps)).repriced;
    expect(repriced.has(quote)).toBe(true);
    expect(await lineOf(quote)).toMatchObject({ status: 'priced', problems: [] });
    expect(await totalOf(quote)).toBeGreaterThan(0);
  });
});

describe('scopeOf', () => {
  const change = (type: string, entity_id = 'm1', payload: Record<string, unknown> = {}) => ({
    id: 1,
    type,
    entity_id,
    payload,
  });

  it('maps catalog changes to the lines they can re-price', () => {
    expect(scopeOf([change('material.updated'), change('material.deleted', 'm2')])).toEqual({
      all: false,
      materialIds: ['m1', 'm2'],
      qualities: [],
    });
    expect(scopeOf([change('cutting-parameter.updated', 'c1', { quality: 'brass' })])).toEqual({
      all: false,
      materialIds: [],
      qualities: ['brass'],
    });
    expect(scopeOf([change('cutting-parameter.deleted', 'c1', { id: 'c1' })]).all).toBe(true);
    expect(scopeOf([change('shop-rates.updated', 'shop-rates')]).all).toBe(true);
    expect(scopeOf([change('material.created'), change('quality.created', 'steel')])).toEqual({
      all: false,
      materialIds: [],
      qualities: [],
    });
  });
});
