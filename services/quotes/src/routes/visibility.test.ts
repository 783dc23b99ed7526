import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workedPlateDxf } from '../testing/dxf.ts';
import type { Caller, Json, TestQuotes } from '../testing/test-quotes.ts';
import { callers, openTestQuotes } from '../testing/test-quotes.ts';

/** Fields that tell what a line costs the shop or what it earns on it. */
const costFields = [
  'costs',
  'breakdown',
  'cost_cents',
  'margin',
  'margin_cents',
  'machine_time_s',
  'amounts_cents',
  'times_s',
  'rates',
  'price_per_kg',
  'machine_rate_per_hour',
];

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => [key, ...keysOf(item)]);
}

let t: TestQuotes;
let quote: string;
let line: string;
let part: string;
let material: string;
beforeAll(async () => {
  t = await openTestQuotes();
  material = await t.material('mild-steel', 3);
  part = await t.addPart('acme', workedPlateDxf());
  quote = (
    (await t.op<Json>('createQuote', callers.alice, 'POST', '/quotes', { name: 'Visible' })).body as Json
  ).id;
  const added = await t.op<Json>('addQuoteLines', callers.alice, 'POST', `/quotes/${quote}/lines`, {
    lines: [{ part_id: part, material_id: material, quantity: 10 }],
  });
  line = added.body.lines[0].id;
});
afterAll(() => t.close());

/** Every answer that shows quote data, as one caller sees it (each checked against the contract). */
async function answers(caller: Caller): Promise<Json[]> {
  return [
    (await t.op('getQuote', caller, 'GET', `/quotes/${quote}`)).body,
    (await t.op('listQuotes', caller, 'GET', '/quotes?company_id=acme')).body,
    (await t.op('updateQuote', caller, 'PATCH', `/quotes/${quote}`, { name: 'Visible' })).body,
    (await t.op('updateQuoteLine', caller, 'PATCH', `/quotes/${quote}/lines/${line}`, { quantity: 10 })).body,
    (
      await t.op('updateQuoteLines', caller, 'PATCH', `/quotes/${quote}/lines`, {
        line_ids: [line],
        changes: { lead_time: 'standard' },
      })
    ).body,
    (
      await t.op('previewPrice', caller, 'POST', '/price-preview', {
        part_id: part,
        material_id: material,
        quantity: 10,
      })
    ).body,
    (await t.op('duplicateQuote', caller, 'POST', `/quotes/${quote}/duplicate`)).body,
  ];
}

describe('what each caller sees', () => {
  it('shows customers prices, quantity breaks and shares, never a cost, rate, margin or machine time', async () => {
    for (const body of await answers(callers.alice)) {
      expect(body.view).toBe('external');
      expect(keysOf(body).filter((key) => costFields.includes(key))).toEqual([]);
    }
    const read = (await t.op<Json>('getQuote', callers.alice, 'GET', `/quotes/${quote}`)).body;
    expect(read.lines[0]).toMatchObject({ unit_price_cents: 331, total_cents: 3307 });
    expect(read.lines[0].quantity_breaks.map((row: Json) => row.quantity)).toEqual([1, 10, 50, 100]);
    expect(Object.keys(read.lines[0].shares).sort()).toEqual([
      'lead_time',
      'machine',
      'material',
      'minimum_charge',
      'setup',
    ]);
  });

  it('shows the shop every cost term, the margin and the machine time', async () => {
    for (const body of await answers(callers.estimator)) expect(body.view).toBe('internal');
    const read = (await t.op<Json>('getQuote', callers.estimator, 'GET', `/quotes/${quote}`)).body;
    expect(read.costs).toEqual({
      cost_cents: 2646,
      margin_cents: 661,
      machine_time_s: expect.closeTo(164.7, 1),
    });
    const { breakdown } = read.lines[0];
    expect(breakdown.amounts_cents).toEqual({
      machine: 412,
      material: 734,
      setup: 1500,
      subtotal: 2646,
      margin: 661,
      minimum_charge: 0,
      lead_time: 0,
    });
    expect(breakdown.shares.margin).toBeCloseTo(0.2, 12);
    expect(breakdown.times_s).toMatchObject({ cut: expect.closeTo(12.961, 3), pierce: 3 });
    expect(breakdown.rates).toMatchObject({ margin: 0.25, price_per_kg: 1.2, machine_rate_per_hour: 90 });
  });

  it('lets services read quotes in the shop view but change nothing', async () => {
    expect((await t.op<Json>('getQuote', callers.service, 'GET', `/quotes/${quote}`)).body.view).toBe(
      'internal',
    );
    const change = await t.op('updateQuote', callers.service, 'PATCH', `/quotes/${quote}`, { name: 'x' });
    expect(change.status).toBe(403);
  });
});

describe('listEvents', () => {
  it('records every change with the company and no cost, for the shop and services only', async () => {
    await t.op('updateQuote', callers.alice, 'PATCH', `/quotes/${quote}`, { name: 'Renamed' });
    await t.op('updateQuoteLine', callers.alice, 'PATCH', `/quotes/${quote}/lines/${line}`, { quantity: 12 });
    await t.op('duplicateQuote', callers.alice, 'POST', `/quotes/${quote}/duplicate`);
    const feed = await t.op<Json>('listEvents', callers.service, 'GET', '/events?limit=1000');
    const types = feed.body.items.map((event: Json) => event.type);
    expect(types.slice(0, 2)).toEqual(['quote.created', 'quote.lines-added']);
    for (const type of ['quote.updated', 'quote.lines-updated']) expect(types).toContain(type);
    for (const event of feed.body.items) {
      expect(event.payload.company_id).toBe('acme');
      expect(keysOf(event.payload).filter((key) => costFields.includes(key))).toEqual([]);
    }
    const copy = feed.body.items.find((event: Json) => event.payload.source_id === quote);
    expect(copy).toMatchObject({ type: 'quote.created' });
    expect((await t.op('listEvents', callers.alice, 'GET', '/events')).status).toBe(403);
    const later = await t.op<Json>('listEvents', callers.estimator, 'GET', `/events?after=${feed.body.next}`);
    expect(later.body).toEqual({ items: [], next: feed.body.next });
  });
});
