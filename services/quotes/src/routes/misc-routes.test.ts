import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workedPlateDxf } from '../testing/dxf.ts';
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

describe('previewPrice', () => {
  it('prices a part without saving anything', async () => {
    const before = await t.op<Json>('listEvents', callers.estimator, 'GET', '/events?limit=1000');
    const preview = await t.op<Json>('previewPrice', callers.alice, 'POST', '/price-preview', {
      part_id: acmePart,
      material_id: material,
      quantity: 10,
    });
    expect(preview.body).toMatchObject({
      view: 'external',
      status: 'priced',
      unit_price_cents: 331,
      total_cents: 3307,
    });
    const after = await t.op<Json>('listEvents', callers.estimator, 'GET', '/events?limit=1000');
    expect(after.body.next).toBe(before.body.next);
  });

  it("answers 404 for another company's part, and 403 to an external caller naming a company", async () => {
    const body = { part_id: acmePart, material_id: material, quantity: 1 };
    expect((await t.op('previewPrice', callers.bob, 'POST', '/price-preview', body)).status).toBe(404);
    const named = await t.op('previewPrice', callers.bob, 'POST', '/price-preview', {
      ...body,
      company_id: 'acme',
    });
    expect(named.status).toBe(403);
    const shop = await t.op<Json>('previewPrice', callers.estimator, 'POST', '/price-preview', {
      ...body,
      company_id: 'nordic',
    });
    expect(shop.status).toBe(404);
  });
});

describe('a drawing with every line drawn twice', () => {
  it('prices the same as the drawing without duplicates (duplicate edges are cut once)', async () => {
    const twin = await t.addPart('acme', workedPlateDxf({ twice: true }), { name: 'twin.dxf' });
    const raw = (await (await t.parts.call({ role: 'internal' }, 'GET', `/parts/${twin}`)).json()) as Json;
    expect(raw.geometry.duplicate_edges).toBe(12);
    expect(raw.geometry.cut_length_mm).toBeCloseTo(2 * 885.66, 1);
    const price = async (part: string) =>
      (
        await t.op<Json>('previewPrice', callers.estimator, 'POST', '/price-preview', {
          part_id: part,
          material_id: material,
          quantity: 10,
        })
      ).body;
    const [single, double] = [await price(acmePart), await price(twin)];
    expect(double.total_cents).toBe(single.total_cents);
    expect(double.quantity_breaks).toEqual(single.quantity_breaks);
    expect(double.breakdown.part.cut_length_mm).toBeCloseTo(single.breakdown.part.cut_length_mm, 6);
  });
});

describe('listMaterialOptions', () => {
  it('offers only active materials whose cutting table covers their thickness, to every signed-in caller', async () => {
    const interpolated = await t.newMaterial({ name: 'S235 odd', thickness: 2.5 });
    const tooThick = await t.newMaterial({ name: 'S235 plate', thickness: 40 });
    const inactive = await t.newMaterial({ name: 'S235 old', thickness: 3, is_active: false });
    for (const caller of [callers.alice, callers.estimator, callers.service]) {
      const answer = await t.op<Json>('listMaterialOptions', caller, 'GET', '/material-options');
      expect(answer.status).toBe(200);
      const ids = answer.body.items.map((item: { id: string }) => item.id);
      expect(answer.body.count).toBe(ids.length);
      expect(ids).toContain(material);
      expect(ids).toContain(interpolated);
      expect(ids).not.toContain(tooThick);
      expect(ids).not.toContain(inactive);
      const three = answer.body.items.find((item: { id: string }) => item.id === material);
      expect(three).toEqual({
        id: material,
        name: expect.any(String),
        quality: 'mild-steel',
        thickness: 3,
        density: 7850,
      });
    }
    expect((await t.op('listMaterialOptions', null, 'GET', '/material-options')).status).toBe(401);
  });

  it('answers 503 when the catalog does not answer', async () => {
    t.catalogDown(true);
    try {
      const answer = await t.op<Json>('listMaterialOptions', callers.alice, 'GET', '/material-options');
      expect(answer.status).toBe(503);
      expect(answer.body.code).toBe('upstream-unavailable');
    } finally {
      t.catalogDown(false);
    }
  });
});

describe('getReadiness', () => {
  it('is ready without a token while its database answers, and names the database once it is closed', async () => {
    const own = await openTestQuotes();
    try {
      expect(await own.op('getReadiness', null, 'GET', '/health/ready')).toEqual({
        status: 200,
        body: { status: 'ready', checks: { database: 'ok' } },
      });
      await own.db.destroy();
      const closed = await own.op('getReadiness', null, 'GET', '/health/ready');
      expect(closed).toMatchObject({
        status: 503,
        body: { code: 'not-ready', checks: { database: 'failed' } },
      });
    } finally {
      await own.close();
    }
  });
});
