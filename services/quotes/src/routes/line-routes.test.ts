import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { dxfDocument, dxfRectangle, openContourDxf, workedPlateDxf } from '../testing/dxf.ts';
import type { Json, TestQuotes } from '../testing/test-quotes.ts';
import { callers, openTestQuotes } from '../testing/test-quotes.ts';

let t: TestQuotes;
let material: string;
let acmePart: string;
beforeAll(async () => {
  t = await openTestQuotes();
  material = await t.material('mild-steel', 3);
  acmePart = await t.addPart('acme', workedPlateDxf());
});
afterAll(() => t.close());

const draft = () => t.draft(callers.alice, 'Lines');
const add = (quote: string, lines: Record<string, unknown>[]) => t.addLines(callers.alice, quote, lines);

async function lineCount(quote: string): Promise<number> {
  return (await t.op<Json>('getQuote', callers.estimator, 'GET', `/quotes/${quote}`)).body.totals.line_count;
}

describe('addQuoteLines', () => {
  it('adds priced lines in one call and keeps the totals', async () => {
    const quote = await draft();
    const added = await add(quote, [
      { part_id: acmePart, material_id: material, quantity: 10 },
      { part_id: acmePart, material_id: material, quantity: 1, lead_time: 'express' },
    ]);
    expect(added.status).toBe(201);
    expect(added.body.lines.map((line: Json) => [line.position, line.total_cents, line.status])).toEqual([
      [0, 3307, 'priced'],
      [1, 3250, 'priced'],
    ]);
    expect(added.body.quote.totals).toEqual({ total_cents: 6557, line_count: 2, blocked_line_count: 0 });
  });

  it('refuses quantities of 0, negative, fractional or above the maximum, naming the field', async () => {
    const quote = await draft();
    for (const quantity of [0, -3, 2.5, 100_001, '7']) {
      const answer = await add(quote, [
        { part_id: acmePart, material_id: material, quantity: 1 },
        { part_id: acmePart, material_id: material, quantity },
      ]);
      expect(answer.status, String(quantity)).toBe(400);
      expect(answer.body.errors.map((error: Json) => error.field)).toContain('body.lines[1].quantity');
    }
    expect(await lineCount(quote)).toBe(0);
  });

  it('applies a configured maximum below the contract one', async () => {
    const strict = createApp({ ...t.deps, settings: { ...t.deps.settings, maxQuantity: 500 } });
    const quote = await draft();
    const response = await strict.request(`/quotes/${quote}/lines`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await t.token(callers.alice)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ lines: [{ part_id: acmePart, material_id: material, quantity: 501 }] }),
    });
    const body = (await t.contract.assertResponse('addQuoteLines', response)) as Json;
    expect(response.status).toBe(400);
    expect(body.errors).toEqual([
      { field: 'body.lines[0].quantity', message: 'The quantity may be at most 500.' },
    ]);
  });

  it("answers 404 for another company's part, as for a missing one, and saves nothing", async () => {
    const nordicPart = await t.addPart('nordic', workedPlateDxf());
    const quote = await draft();
    const foreign = await add(quote, [
      { part_id: acmePart, material_id: material, quantity: 1 },
      { part_id: nordicPart, material_id: material, quantity: 1 },
    ]);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({
      code: 'part-not-found',
      errors: [{ field: 'body.lines[1].part_id' }],
    });
    const missing = await add(quote, [{ part_id: 'no-such-part', material_id: material, quantity: 1 }]);
    expect({ ...missing.body, errors: [] }).toEqual({ ...foreign.body, errors: [] });
    expect(await lineCount(quote)).toBe(0);
  });

  it('answers 404 for an unknown or inactive material', async () => {
    const quote = await draft();
    const unknown = await add(quote, [{ part_id: acmePart, material_id: 'no-such-material', quantity: 1 }]);
    expect(unknown.body).toMatchObject({
      code: 'material-not-found',
      errors: [{ field: 'body.lines[0].material_id' }],
    });
    const inactive = await t.newMaterial({ name: 'Retired steel', thickness: 2, is_active: false });
    const refused = await add(quote, [{ part_id: acmePart, material_id: inactive, quantity: 1 }]);
    expect(refused.status).toBe(404);
    expect(await lineCount(quote)).toBe(0);
  });

  it('adds a line with no cutting parameters for its thickness as blocked, not as an error', async () => {
    const thick = await t.newMaterial({ name: 'Heavy plate', thickness: 12 });
    const quote = await draft();
    const added = await add(quote, [{ part_id: acmePart, material_id: thick, quantity: 4 }]);
    expect(added.status).toBe(201);
    expect(added.body.lines[0]).toMatchObject({
      status: 'blocked',
      unit_price_cents: null,
      total_cents: null,
      quantity_breaks: [],
      shares: null,
    });
    // The 10 mm holes are also too small for 12 mm plate.
    expect(added.body.lines[0].problems).toEqual([
      expect.objectContaining({ code: 'hole-too-small', severity: 'error' }),
      {
        code: 'no-cutting-parameters',
        severity: 'error',
        message: 'mild-steel cannot be priced at 12 mm: the cutting table covers 1-10 mm.',
      },
    ]);
    expect(added.body.quote.totals).toEqual({ total_cents: 0, line_count: 1, blocked_line_count: 1 });
  });

  it('blocks a part that is not ready, failed, or has blocking problems, with the reason', async () => {
    const failed = await t.addPart('acme', 'this is not a drawing', { name: 'notes.dxf' });
    const open = await t.addPart('acme', openContourDxf());
    // Created last: adding a part processes every queued one.
    const pending = await t.addPart('acme', workedPlateDxf(), { process: false });
    const quote = await draft();
    const added = await add(
      quote,
      [pending, failed, open].map((part) => ({ part_id: part, material_id: material, quantity: 1 })),
    );
    expect(added.status).toBe(201);
    const reasons = added.body.lines.map((line: Json) => [line.status, line.problems[0].code]);
    expect(reasons).toEqual([
      ['blocked', 'part-not-ready'],
      ['blocked', 'part-failed'],
      ['blocked', 'open-contour'],
    ]);
    expect(added.body.lines[1].problems[0].message).toContain('not-a-dxf');
  });

  it('answers 503 and saves nothing when the catalog does not answer', async () => {
    const quote = await draft();
    t.catalogDown(true);
    try {
      const answer = await add(quote, [{ part_id: acmePart, material_id: material, quantity: 1 }]);
      expect(answer).toMatchObject({ status: 503, body: { code: 'upstream-unavailable' } });
    } finally {
      t.catalogDown(false);
    }
    expect(await lineCount(quote)).toBe(0);
  });
});

describe('updateQuoteLine, updateQuoteLines and removeQuoteLine', () => {
  it('re-prices a line when its quantity, lead time or material changes', async () => {
    const quote = await draft();
    const line = (await add(quote, [{ part_id: acmePart, material_id: material, quantity: 10 }])).body
      .lines[0];
    const more = await t.op<Json>(
      'updateQuoteLine',
      callers.alice,
      'PATCH',
      `/quotes/${quote}/lines/${line.id}`,
      {
        quantity: 100,
      },
    );
    expect(more.body.lines[0]).toMatchObject({ quantity: 100, unit_price_cents: 162, total_cents: 16199 });
    expect(more.body.quote.totals.total_cents).toBe(16199);
    const thicker = await t.material('mild-steel', 4);
    const changed = await t.op<Json>(
      'updateQuoteLine',
      callers.alice,
      'PATCH',
      `/quotes/${quote}/lines/${line.id}`,
      {
        material_id: thicker,
        lead_time: 'same_day',
      },
    );
    expect(changed.body.lines[0]).toMatchObject({ material_id: thicker, material: { thickness: 4 } });
    expect(changed.body.lines[0].total_cents).toBeGreaterThan(2 * 16199);
    const bad = await t.op<Json>(
      'updateQuoteLine',
      callers.alice,
      'PATCH',
      `/quotes/${quote}/lines/${line.id}`,
      {
        quantity: 0,
      },
    );
    expect(bad.body.errors[0].field).toBe('body.quantity');
  });

  it('reads a drawing without units in the units the line chooses', async () => {
    const unitless = await t.addPart('acme', dxfDocument(dxfRectangle(0, 0, 20, 10), null));
    const quote = await draft();
    const line = (await add(quote, [{ part_id: unitless, material_id: material, quantity: 1 }])).body
      .lines[0];
    expect(line.problems.map((problem: Json) => problem.code)).toContain('units-unknown');
    const inch = await t.op<Json>(
      'updateQuoteLine',
      callers.estimator,
      'PATCH',
      `/quotes/${quote}/lines/${line.id}`,
      {
        units: 'inch',
      },
    );
    const priced = inch.body.lines[0];
    expect(priced.units).toBe('inch');
    expect(priced.problems).toEqual([]);
    expect(priced.breakdown.part.cut_length_mm).toBeCloseTo(60 * 25.4, 6);
    expect(priced.breakdown.part.net_area_mm2).toBeCloseTo(200 * 25.4 * 25.4, 3);
  });

  it('bulk-applies changes to many lines in one transaction', async () => {
    const quote = await draft();
    const lines = (
      await add(quote, [
        { part_id: acmePart, material_id: material, quantity: 1 },
        { part_id: acmePart, material_id: material, quantity: 2 },
        { part_id: acmePart, material_id: material, quantity: 3 },
      ])
    ).body.lines as Json[];
    const ids = lines.map((line) => line.id);
    const applied = await t.op<Json>('updateQuoteLines', callers.alice, 'PATCH', `/quotes/${quote}/lines`, {
      line_ids: ids.slice(0, 2),
      changes: { quantity: 50, lead_time: 'express' },
    });
    expect(applied.body.lines.map((line: Json) => [line.quantity, line.lead_time])).toEqual([
      [50, 'express'],
      [50, 'express'],
    ]);
    const refused = await t.op<Json>('updateQuoteLines', callers.alice, 'PATCH', `/quotes/${quote}/lines`, {
      line_ids: [ids[2], 'no-such-line'],
      changes: { quantity: 7 },
    });
    expect(refused.body).toMatchObject({ code: 'line-not-found', errors: [{ field: 'body.line_ids[1]' }] });
    const read = await t.op<Json>('getQuote', callers.alice, 'GET', `/quotes/${quote}`);
    expect(read.body.lines.map((line: Json) => line.quantity)).toEqual([50, 50, 3]);
    const tooMany = await t.op<Json>('updateQuoteLines', callers.alice, 'PATCH', `/quotes/${quote}/lines`, {
      line_ids: ids,
      changes: { quantity: -1 },
    });
    expect(tooMany.body.errors[0].field).toBe('body.changes.quantity');
  });

  it('removes a line and refreshes the totals', async () => {
    const quote = await draft();
    const lines = (
      await add(quote, [
        { part_id: acmePart, material_id: material, quantity: 10 },
        { part_id: acmePart, material_id: material, quantity: 100 },
      ])
    ).body.lines as Json[];
    const removed = await t.op<Json>(
      'removeQuoteLine',
      callers.alice,
      'DELETE',
      `/quotes/${quote}/lines/${lines[0].id}`,
    );
    expect(removed.body.totals).toEqual({ total_cents: 16199, line_count: 1, blocked_line_count: 0 });
    const again = await t.op<Json>(
      'removeQuoteLine',
      callers.alice,
      'DELETE',
      `/quotes/${quote}/lines/${lines[0].id}`,
    );
    expect(again).toMatchObject({ status: 404, body: { code: 'line-not-found' } });
    const foreign = await t.op(
      'removeQuoteLine',
      callers.bob,
      'DELETE',
      `/quotes/${quote}/lines/${lines[1].id}`,
    );
    expect(foreign.status).toBe(404);
  });
});
