import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workedPlateDxf } from '../testing/dxf.ts';
import type { Json, TestQuotes } from '../testing/test-quotes.ts';
import { callers, openTestQuotes } from '../testing/test-quotes.ts';
import { flushReleases } from './material-reference.ts';

let t: TestQuotes;
let acmePart: string;
beforeAll(async () => {
  t = await openTestQuotes();
  acmePart = await t.addPart('acme', workedPlateDxf());
});
afterAll(() => t.close());

const draft = () => t.draft(callers.alice, 'Lines');
const add = (quote: string, lines: Record<string, unknown>[]) => t.addLines(callers.alice, quote, lines);

describe('material references in the catalog', () => {
  it('keeps a material a line uses from being deleted, and releases it when the line goes', async () => {
    const special = await t.newMaterial({ name: 'Special steel', thickness: 3 });
    const quote = await draft();
    const line = (await add(quote, [{ part_id: acmePart, material_id: special, quantity: 1 }])).body.lines[0];
    const inUse = await t.catalog.call('internal', 'DELETE', `/materials/${special}`);
    expect(inUse.status).toBe(409);
    await t.op('removeQuoteLine', callers.alice, 'DELETE', `/quotes/${quote}/lines/${line.id}`);
    expect((await t.catalog.call('internal', 'DELETE', `/materials/${special}`)).status).toBe(204);
  });

  it('moves the reference when a line changes material, and releases every line of a deleted quote', async () => {
    const first = await t.newMaterial({ name: 'First steel', thickness: 3 });
    const second = await t.newMaterial({ name: 'Second steel', thickness: 3 });
    const quote = await draft();
    const line = (await add(quote, [{ part_id: acmePart, material_id: first, quantity: 1 }])).body.lines[0];
    await t.op('updateQuoteLine', callers.alice, 'PATCH', `/quotes/${quote}/lines/${line.id}`, {
      material_id: second,
    });
    expect((await t.catalog.call('internal', 'DELETE', `/materials/${first}`)).status).toBe(204);
    expect((await t.catalog.call('internal', 'DELETE', `/materials/${second}`)).status).toBe(409);
    await t.op('deleteQuote', callers.alice, 'DELETE', `/quotes/${quote}`);
    expect((await t.catalog.call('internal', 'DELETE', `/materials/${second}`)).status).toBe(204);
  });

  it('releases a reference later when the catalog was down at removal time', async () => {
    const special = await t.newMaterial({ name: 'Late steel', thickness: 3 });
    const quote = await draft();
    const line = (await add(quote, [{ part_id: acmePart, material_id: special, quantity: 1 }])).body.lines[0];
    t.catalogDown(true);
    try {
      const removed = await t.op(
        'removeQuoteLine',
        callers.alice,
        'DELETE',
        `/quotes/${quote}/lines/${line.id}`,
      );
      expect(removed.status).toBe(200);
    } finally {
      t.catalogDown(false);
    }
    expect((await t.catalog.call('internal', 'DELETE', `/materials/${special}`)).status).toBe(409);
    expect(await flushReleases(t.deps, () => Date.now() + 3_600_000)).toBe(1);
    expect((await t.catalog.call('internal', 'DELETE', `/materials/${special}`)).status).toBe(204);
  });

  it('queues every reference of a change the catalog stopped answering half-way through, and saves nothing', async () => {
    const first = await t.newMaterial({ name: 'Half steel', thickness: 3 });
    const second = await t.newMaterial({ name: 'Way steel', thickness: 3 });
    const quote = await draft();
    let puts = 0;
    t.failCatalog((request) => request.method === 'PUT' && (puts += 1) > 1);
    try {
      const answer = await add(quote, [
        { part_id: acmePart, material_id: first, quantity: 1 },
        { part_id: acmePart, material_id: second, quantity: 1 },
      ]);
      expect(answer).toMatchObject({ status: 503, body: { code: 'upstream-unavailable' } });
    } finally {
      t.failCatalog(null);
    }
    expect(puts).toBe(2);
    const read = await t.op<Json>('getQuote', callers.alice, 'GET', `/quotes/${quote}`);
    expect(read.body.lines).toEqual([]);
    // The first reference was recorded before the catalog stopped answering: it holds until released.
    expect((await t.catalog.call('internal', 'DELETE', `/materials/${first}`)).status).toBe(409);
    expect(await flushReleases(t.deps, () => Date.now())).toBe(2);
    expect((await t.catalog.call('internal', 'DELETE', `/materials/${first}`)).status).toBe(204);
    expect((await t.catalog.call('internal', 'DELETE', `/materials/${second}`)).status).toBe(204);
  });
});
