import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestApp } from './testing/test-catalog.ts';
import { openTestApp } from './testing/test-catalog.ts';

interface Page {
  count: number;
  items: Record<string, unknown>[];
}
interface ProblemBody {
  status: number;
  code: string;
  errors?: { field: string; message: string }[];
}

let t: TestApp;
beforeEach(async () => {
  t = await openTestApp();
});
afterEach(() => t.close());

/** Calls an operation and checks the answer against the contract; returns status and parsed body. */
async function op<T = Record<string, unknown>>(
  operationId: string,
  role: Parameters<TestApp['call']>[0],
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await t.call(role, method, path, body);
  const parsed = (await t.contract.assertResponse(operationId, response)) as T;
  return { status: response.status, body: parsed };
}

const newMaterial = { name: 'Corten', quality: 'mild-steel', thickness: 3, price_per_kg: 2.1 };

describe('security', () => {
  it('answers 401 without a token, with a bad token, or with a token for another audience', async () => {
    expect((await op('listMaterials', null, 'GET', '/materials')).status).toBe(401);
    const bad = await t.app.request('/materials', { headers: { authorization: 'Bearer nope.nope.nope' } });
    expect(bad.status).toBe(401);
    await t.contract.assertResponse('listMaterials', bad);
    const other = await t.app.request('/materials', {
      headers: { authorization: `Bearer ${await t.token('internal', { audience: 'quotes' })}` },
    });
    expect(other.status).toBe(401);
  });

  it('serves health without a token', async () => {
    expect(await op('getHealth', null, 'GET', '/health')).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('is ready without a token while its database answers, and names the database once it is closed', async () => {
    expect(await op('getReadiness', null, 'GET', '/health/ready')).toEqual({
      status: 200,
      body: { status: 'ready', checks: { database: 'ok' } },
    });
    await t.catalog.db.destroy();
    const closed = await op('getReadiness', null, 'GET', '/health/ready');
    expect(closed).toMatchObject({
      status: 503,
      body: { code: 'not-ready', checks: { database: 'failed' } },
    });
  });

  it('refuses external users every shop operation with 403', async () => {
    const { body: list } = await op<Page>('listMaterials', 'internal', 'GET', '/materials?limit=1');
    const id = String(list.items[0]!.id);
    const { body: parameters } = await op<Page>(
      'listCuttingParameters',
      'internal',
      'GET',
      '/cutting-parameters',
    );
    const parameterId = String(parameters.items[0]!.id);
    const refused: [string, string, string, unknown?][] = [
      ['createMaterial', 'POST', '/materials', newMaterial],
      ['updateMaterial', 'PATCH', `/materials/${id}`, { price_per_kg: 0 }],
      ['deactivateMaterial', 'POST', `/materials/${id}/deactivate`],
      ['deleteMaterial', 'DELETE', `/materials/${id}`],
      ['recordMaterialReference', 'PUT', `/materials/${id}/references/quote-line:1`],
      ['releaseMaterialReference', 'DELETE', `/materials/${id}/references/quote-line:1`],
      ['createQuality', 'POST', '/qualities', { id: 'titanium', name: 'Titanium', density: 4500 }],
      ['listCuttingParameters', 'GET', '/cutting-parameters'],
      ['getCuttingParameter', 'GET', `/cutting-parameters/${parameterId}`],
      ['updateCuttingParameter', 'PATCH', `/cutting-parameters/${parameterId}`, { pierce_time_s: 1 }],
      ['deleteCuttingParameter', 'DELETE', `/cutting-parameters/${parameterId}`],
      [
        'createCuttingParameter',
        'POST',
        '/cutting-parameters',
        { quality: 'brass', thickness: 1, speed_mm_per_min: 1, pierce_time_s: 1 },
      ],
      ['getShopRates', 'GET', '/shop-rates'],
      ['updateShopRates', 'PATCH', '/shop-rates', { margin: 0 }],
      ['listEvents', 'GET', '/events'],
    ];
    for (const [operationId, method, path, body] of refused) {
      const answer = await op<ProblemBody>(operationId, 'external', method, path, body);
      expect(answer.status, operationId).toBe(403);
    }
    const { body: events } = await op<{ items: unknown[] }>('listEvents', 'internal', 'GET', '/events');
    expect(events.items).toEqual([]);
  });

  it('lets admins manage the catalog like internal users', async () => {
    expect((await op('createMaterial', 'admin', 'POST', '/materials', newMaterial)).status).toBe(201);
    expect((await op('getShopRates', 'admin', 'GET', '/shop-rates')).status).toBe(200);
  });
});

describe('external projection', () => {
  it('lists and reads active materials only, never with a price', async () => {
    const { body: all } = await op<Page>('listMaterials', 'internal', 'GET', '/materials?limit=200');
    const victim = all.items[0]!;
    await op('deactivateMaterial', 'internal', 'POST', `/materials/${String(victim.id)}/deactivate`);

    const { body: page } = await op<Page>('listMaterials', 'external', 'GET', '/materials?limit=200');
    expect(page.count).toBe(all.count - 1);
    for (const item of page.items) {
      expect(Object.keys(item).sort()).toEqual([
        'density',
        'id',
        'is_active',
        'name',
        'quality',
        'thickness',
      ]);
      expect(item).not.toHaveProperty('price_per_kg');
    }
    const hidden = await op('getMaterial', 'external', 'GET', `/materials/${String(victim.id)}`);
    expect(hidden.status).toBe(404);
    const visible = await op('getMaterial', 'external', 'GET', `/materials/${String(page.items[0]!.id)}`);
    expect(visible.body).not.toHaveProperty('price_per_kg');
    const inactive = await op<Page>('listMaterials', 'external', 'GET', '/materials?is_active=false');
    expect(inactive.body).toEqual({ count: 0, items: [] });
  });

  it('refuses external ordering by price, which would leak it', async () => {
    const answer = await op<ProblemBody>(
      'listMaterials',
      'external',
      'GET',
      '/materials?ordering=-price_per_kg',
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.field).toBe('query.ordering');
  });
});

describe('materials', () => {
  it('pages, orders by several fields, filters and searches', async () => {
    const first = await op<Page>(
      'listMaterials',
      'internal',
      'GET',
      '/materials?limit=5&ordering=quality,-thickness',
    );
    expect(first.body.count).toBe(24);
    expect(first.body.items.map((m) => [m.quality, m.thickness])).toEqual([
      ['aluminium', 10],
      ['aluminium', 8],
      ['aluminium', 6],
      ['aluminium', 5],
      ['aluminium', 4],
    ]);
    const second = await op<Page>(
      'listMaterials',
      'internal',
      'GET',
      '/materials?limit=5&offset=5&ordering=quality,-thickness',
    );
    expect(second.body.items.map((m) => m.thickness)).toEqual([3, 2, 1, 10, 8]);
    const stainless = await op<Page>(
      'listMaterials',
      'internal',
      'GET',
      '/materials?quality=stainless&limit=200',
    );
    expect(stainless.body.count).toBe(8);
    const search = await op<Page>('listMaterials', 'internal', 'GET', '/materials?search=STAINLESS');
    expect(search.body.count).toBe(8);
    const none = await op<Page>('listMaterials', 'internal', 'GET', '/materials?search=100%25');
    expect(none.body.count).toBe(0);
    const inactive = await op<Page>('listMaterials', 'internal', 'GET', '/materials?is_active=false');
    expect(inactive.body.count).toBe(0);
  });

  it('creates, reads, updates, deactivates and deletes', async () => {
    const created = await op<Record<string, unknown>>(
      'createMaterial',
      'internal',
      'POST',
      '/materials',
      newMaterial,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...newMaterial, density: 7850, is_active: true });
    const id = String(created.body.id);
    expect((await op('getMaterial', 'internal', 'GET', `/materials/${id}`)).body).toEqual(created.body);
    const updated = await op('updateMaterial', 'internal', 'PATCH', `/materials/${id}`, {
      price_per_kg: 2.5,
    });
    expect(updated.body).toMatchObject({ price_per_kg: 2.5, name: 'Corten' });
    const deactivated = await op('deactivateMaterial', 'internal', 'POST', `/materials/${id}/deactivate`);
    expect(deactivated.body).toMatchObject({ is_active: false });
    expect((await op('deleteMaterial', 'internal', 'DELETE', `/materials/${id}`)).status).toBe(204);
    expect((await op('getMaterial', 'internal', 'GET', `/materials/${id}`)).status).toBe(404);
    expect((await op('deleteMaterial', 'internal', 'DELETE', `/materials/${id}`)).status).toBe(404);
  });

  it('refuses a duplicate name and thickness with 409, on create and on update', async () => {
    const duplicate = await op<ProblemBody>('createMaterial', 'internal', 'POST', '/materials', {
      ...newMaterial,
      name: 'mild STEEL',
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('duplicate-material');
    const { body } = await op<Record<string, unknown>>(
      'createMaterial',
      'internal',
      'POST',
      '/materials',
      newMaterial,
    );
    const clash = await op<ProblemBody>(
      'updateMaterial',
      'internal',
      'PATCH',
      `/materials/${String(body.id)}`,
      {
        name: 'Mild steel',
      },
    );
    expect(clash.status).toBe(409);
  });

  it('refuses to delete a material a quote line references, until the reference is released', async () => {
    const { body } = await op<Record<string, unknown>>(
      'createMaterial',
      'internal',
      'POST',
      '/materials',
      newMaterial,
    );
    const id = String(body.id);
    const path = `/materials/${id}/references/quote-line:42`;
    expect((await op('recordMaterialReference', 'internal', 'PUT', path)).status).toBe(204);
    expect((await op('recordMaterialReference', 'internal', 'PUT', path)).status).toBe(204);
    const refused = await op<ProblemBody>('deleteMaterial', 'internal', 'DELETE', `/materials/${id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('material-in-use');
    expect((await op('releaseMaterialReference', 'internal', 'DELETE', path)).status).toBe(204);
    expect((await op('releaseMaterialReference', 'internal', 'DELETE', path)).status).toBe(204);
    expect((await op('deleteMaterial', 'internal', 'DELETE', `/materials/${id}`)).status).toBe(204);
    expect((await op('recordMaterialReference', 'internal', 'PUT', path)).status).toBe(404);
  });
});

describe('bad input', () => {
  const fieldsOf = (body: ProblemBody) => (body.errors ?? []).map((error) => error.field);
  const cases: [string, string, string, string, unknown?][] = [
    ['negative thickness', 'POST', '/materials', 'body.thickness', { ...newMaterial, thickness: -1 }],
    ['zero thickness', 'POST', '/materials', 'body.thickness', { ...newMaterial, thickness: 0 }],
    ['thickness as a string', 'POST', '/materials', 'body.thickness', { ...newMaterial, thickness: '3' }],
    ['a price as a string', 'POST', '/materials', 'body.price_per_kg', { ...newMaterial, price_per_kg: 'x' }],
    ['an unknown property', 'POST', '/materials', 'body.colour', { ...newMaterial, colour: 'red' }],
    ['a missing name', 'POST', '/materials', 'body.name', { ...newMaterial, name: undefined }],
    ['an unknown quality', 'POST', '/materials', 'body.quality', { ...newMaterial, quality: 'unobtainium' }],
    ['an unknown ordering field', 'GET', '/materials?ordering=colour', 'query.ordering'],
    ['limit 0', 'GET', '/materials?limit=0', 'query.limit'],
    ['limit 1000', 'GET', '/materials?limit=1000', 'query.limit'],
    ['a negative offset', 'GET', '/materials?offset=-1', 'query.offset'],
    ['a non-boolean is_active', 'GET', '/materials?is_active=maybe', 'query.is_active'],
    ['a text limit', 'GET', '/materials?limit=ten', 'query.limit'],
    ['a negative event cursor', 'GET', '/events?after=-1', 'query.after'],
    ['an empty patch', 'PATCH', '/materials/id-0001', 'body', {}],
    ['a wrong type in a patch', 'PATCH', '/materials/id-0001', 'body.is_active', { is_active: 'no' }],
    ['utilisation above 1', 'PATCH', '/shop-rates', 'body.utilisation', { utilisation: 1.5 }],
    ['a bad quality id', 'POST', '/qualities', 'body.id', { id: 'Has Spaces', name: 'X', density: 1 }],
    // PostgreSQL cannot store U+0000 in text (SQLite can): refused alike on both.
    ['a NUL in a name', 'POST', '/materials', 'body.name', { ...newMaterial, name: 'a\u0000b' }],
    ['a NUL in a search', 'GET', '/materials?search=a%00b', 'query.search'],
  ];
  const operationOf = (method: string, path: string): string =>
    (
      ({
        'POST /materials': 'createMaterial',
        'GET /materials': 'listMaterials',
        'GET /events': 'listEvents',
        'PATCH /materials': 'updateMaterial',
        'PATCH /shop-rates': 'updateShopRates',
        'POST /qualities': 'createQuality',
      }) as Record<string, string>
    )[`${method} /${path.split(/[/?]/)[1] ?? ''}`]!;

  for (const [name, method, path, field, body] of cases) {
    it(`answers 400 naming ${field} for ${name}`, async () => {
      const answer = await op<ProblemBody>(operationOf(method, path), 'internal', method, path, body);
      expect(answer.status).toBe(400);
      expect(fieldsOf(answer.body)).toContain(field);
    });
  }

  it('answers 400 on a body that is not JSON', async () => {
    const answer = await op<ProblemBody>('createMaterial', 'internal', 'POST', '/materials', '{"name":');
    expect(answer.status).toBe(400);
  });
});

describe('cutting parameters, qualities and rates', () => {
  it('lists the seeded cutting table and changes, creates and deletes entries', async () => {
    const all = await op<Page>('listCuttingParameters', 'internal', 'GET', '/cutting-parameters?limit=200');
    expect(all.body.count).toBe(24);
    const mild = await op<Page>(
      'listCuttingParameters',
      'internal',
      'GET',
      '/cutting-parameters?quality=mild-steel',
    );
    expect(mild.body.items.map((p) => p.speed_mm_per_min)).toEqual([
      30000, 6000, 4100, 3600, 3000, 2700, 2200, 1600,
    ]);
    const id = String(mild.body.items[2]!.id);
    const read = await op('getCuttingParameter', 'internal', 'GET', `/cutting-parameters/${id}`);
    expect(read.body).toMatchObject({ thickness: 3, pierce_time_s: 0.5 });
    const changed = await op('updateCuttingParameter', 'internal', 'PATCH', `/cutting-parameters/${id}`, {
      speed_mm_per_min: 4200,
    });
    expect(changed.body).toMatchObject({ speed_mm_per_min: 4200, pierce_time_s: 0.5 });
    const fresh = { quality: 'mild-steel', thickness: 12, speed_mm_per_min: 1100, pierce_time_s: 2.5 };
    const created = await op<Record<string, unknown>>(
      'createCuttingParameter',
      'internal',
      'POST',
      '/cutting-parameters',
      fresh,
    );
    expect(created.status).toBe(201);
    const again = await op<ProblemBody>(
      'createCuttingParameter',
      'internal',
      'POST',
      '/cutting-parameters',
      fresh,
    );
    expect(again.status).toBe(409);
    const unknown = await op<ProblemBody>(
      'createCuttingParameter',
      'internal',
      'POST',
      '/cutting-parameters',
      {
        ...fresh,
        quality: 'unobtainium',
      },
    );
    expect(unknown.body.errors?.[0]?.field).toBe('body.quality');
    const path = `/cutting-parameters/${String(created.body.id)}`;
    expect((await op('deleteCuttingParameter', 'internal', 'DELETE', path)).status).toBe(204);
    expect((await op('getCuttingParameter', 'internal', 'GET', path)).status).toBe(404);
  });

  it('lists qualities for every role and lets the shop add one', async () => {
    const before = await op<Page>('listQualities', 'external', 'GET', '/qualities');
    expect(before.body.items.map((q) => q.id)).toEqual([
      'aluminium',
      'brass',
      'copper',
      'mild-steel',
      'stainless',
    ]);
    const titanium = { id: 'titanium', name: 'Titanium', density: 4500 };
    expect((await op('createQuality', 'internal', 'POST', '/qualities', titanium)).status).toBe(201);
    expect((await op('createQuality', 'internal', 'POST', '/qualities', titanium)).status).toBe(409);
    const material = await op('createMaterial', 'internal', 'POST', '/materials', {
      name: 'Grade 2',
      quality: 'titanium',
      thickness: 1.5,
      price_per_kg: 30,
    });
    expect(material.body).toMatchObject({ density: 4500 });
  });

  it('reads and partly updates the shop rates', async () => {
    const rates = await op<Record<string, unknown>>('getShopRates', 'internal', 'GET', '/shop-rates');
    expect(rates.body).toMatchObject({ machine_rate_per_hour: 90, margin: 0.25 });
    const updated = await op('updateShopRates', 'internal', 'PATCH', '/shop-rates', {
      margin: 0.3,
      lead_time_factors: { standard: 1, express: 1.5, same_day: 2.5 },
    });
    expect(updated.body).toMatchObject({
      margin: 0.3,
      machine_rate_per_hour: 90,
      lead_time_factors: { express: 1.5 },
    });
  });
});

describe('event feed', () => {
  it('serves every change in order with a cursor', async () => {
    const { body: material } = await op<Record<string, unknown>>(
      'createMaterial',
      'internal',
      'POST',
      '/materials',
      newMaterial,
    );
    const id = String(material.id);
    await op('updateMaterial', 'internal', 'PATCH', `/materials/${id}`, { price_per_kg: 3 });
    await op('deactivateMaterial', 'internal', 'POST', `/materials/${id}/deactivate`);
    await op('deactivateMaterial', 'internal', 'POST', `/materials/${id}/deactivate`);
    await op('createMaterial', 'internal', 'POST', '/materials', newMaterial); // refused: no event
    await op('updateShopRates', 'internal', 'PATCH', '/shop-rates', { setup_minutes: 20 });
    await op('deleteMaterial', 'internal', 'DELETE', `/materials/${id}`);

    type Feed = {
      items: { id: number; type: string; entity_id: string; payload: Record<string, unknown> }[];
      next: number;
    };
    const first = await op<Feed>('listEvents', 'internal', 'GET', '/events?limit=2');
    expect(first.body.items.map((e) => e.type)).toEqual(['material.created', 'material.updated']);
    expect(first.body.items[1]!.payload).toMatchObject({ id, price_per_kg: 3 });
    const rest = await op<Feed>('listEvents', 'internal', 'GET', `/events?after=${first.body.next}`);
    expect(rest.body.items.map((e) => [e.type, e.entity_id])).toEqual([
      ['material.deactivated', id],
      ['shop-rates.updated', 'shop-rates'],
      ['material.deleted', id],
    ]);
    const ids = [...first.body.items, ...rest.body.items].map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const idle = await op<Feed>('listEvents', 'admin', 'GET', `/events?after=${rest.body.next}`);
    expect(idle.body).toEqual({ items: [], next: rest.body.next });
  });
});
