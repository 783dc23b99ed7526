import { describe, expect, it } from 'vitest';
import { createCatalogClient } from '../../effects/catalog-client.ts';
import { createCatalogApi } from './effects.ts';
import { DEFAULT_MATERIAL_QUERY } from './state.ts';
import type { CatalogMaterial } from './types.ts';

const material: CatalogMaterial = {
  id: 'm1',
  name: 'S235',
  quality: 'mild-steel',
  thickness: 3,
  density: 7850,
  price_per_kg: 1.2,
  is_active: true,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-02T00:00:00.000Z',
};
const { price_per_kg: _price, created_at: _c, updated_at: _u, ...publicMaterial } = material;

function apiAnswering(respond: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request);
    return respond(request);
  };
  return { requests, api: createCatalogApi(createCatalogClient({ baseUrl: 'http://kerf.test', fetch })) };
}

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
const problem = (status: number, code: string, errors: { field: string; message: string }[] = []) =>
  json({ type: 'about:blank', title: code, status, code, errors }, status, 'application/problem+json');

describe('catalog API', () => {
  it('lists materials with the table state in the query string', async () => {
    const { api, requests } = apiAnswering(() => json({ count: 1, items: [material] }));
    const query = {
      ...DEFAULT_MATERIAL_QUERY,
      offset: 40,
      ordering: ['quality', '-thickness'],
      search: ' S235 ',
      is_active: true,
    };
    expect(await api.listMaterials(query)).toEqual({ ok: true, data: { count: 1, items: [material] } });
    const url = new URL(requests[0]!.url);
    expect(url.pathname).toBe('/api/catalog/materials');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      limit: '20',
      offset: '40',
      ordering: 'quality,-thickness',
      search: 'S235',
      is_active: 'true',
    });
  });

  it('leaves empty filters out and sends is_active=false and the quality when set', async () => {
    const { api, requests } = apiAnswering(() => json({ count: 0, items: [] }));
    await api.listMaterials(DEFAULT_MATERIAL_QUERY);
    await api.listMaterials({ ...DEFAULT_MATERIAL_QUERY, is_active: false, quality: 'stainless' });
    expect(requests.map((r) => new URL(r.url).search)).toEqual([
      '?limit=20&offset=0',
      '?limit=20&offset=0&is_active=false&quality=stainless',
    ]);
  });

  it('gives public materials null prices and timestamps', async () => {
    const { api } = apiAnswering(() => json({ count: 1, items: [publicMaterial] }));
    const result = await api.listMaterials(DEFAULT_MATERIAL_QUERY);
    expect(result).toEqual({
      ok: true,
      data: { count: 1, items: [{ ...material, price_per_kg: null, created_at: null, updated_at: null }] },
    });
  });

  it('creates, updates and deactivates with JSON bodies and the request header', async () => {
    const { api, requests } = apiAnswering(() => json(material, 200));
    const body = { name: 'S235', quality: 'mild-steel', thickness: 3, price_per_kg: 1.2, is_active: true };
    expect(await api.createMaterial(body)).toEqual({ ok: true, data: material });
    await api.updateMaterial('m1', { name: 'S235JR' });
    await api.deactivateMaterial('m1');
    expect(requests.map((r) => [r.method, new URL(r.url).pathname, r.headers.get('X-Kerf-Request')])).toEqual(
      [
        ['POST', '/api/catalog/materials', '1'],
        ['PATCH', '/api/catalog/materials/m1', '1'],
        ['POST', '/api/catalog/materials/m1/deactivate', '1'],
      ],
    );
    expect(await requests[0]!.json()).toEqual(body);
    expect(await requests[1]!.json()).toEqual({ name: 'S235JR' });
  });

  it('deletes with 204, and passes a 409 material-in-use through as a problem', async () => {
    let used = false;
    const { api } = apiAnswering(() =>
      used ? problem(409, 'material-in-use') : new Response(null, { status: 204 }),
    );
    expect(await api.deleteMaterial('m1')).toEqual({ ok: true, data: null });
    used = true;
    expect(await api.deleteMaterial('m1')).toMatchObject({
      ok: false,
      problem: { status: 409, code: 'material-in-use' },
    });
  });

  it('passes 400 field errors through', async () => {
    const errors = [{ field: 'body.thickness', message: 'must be > 0' }];
    const { api } = apiAnswering(() => problem(400, 'invalid-input', errors));
    const result = await api.createMaterial({
      name: 'x',
      quality: 'mild-steel',
      thickness: -1,
      price_per_kg: 1,
      is_active: true,
    });
    expect(result).toMatchObject({ ok: false, problem: { status: 400, errors } });
  });

  it('lists qualities and cutting parameters, and reads and changes shop rates', async () => {
    const quality = { id: 'mild-steel', name: 'Mild steel', density: 7850, created_at: material.created_at };
    const parameter = {
      id: 'c1',
      quality: 'mild-steel',
      thickness: 3,
      speed_mm_per_min: 4100,
      pierce_time_s: 0.5,
      created_at: material.created_at,
      updated_at: material.updated_at,
    };
    const { api, requests } = apiAnswering((request) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith('/qualities')) return json({ count: 1, items: [quality] });
      if (path.endsWith('/shop-rates')) return json({ margin: 0.25 });
      return json(request.method === 'GET' ? { count: 1, items: [parameter] } : parameter);
    });
    expect(await api.listQualities()).toEqual({ ok: true, data: [quality] });
    expect(await api.listCuttingParameters({ limit: 50, offset: 0, quality: 'mild-steel' })).toEqual({
      ok: true,
      data: { count: 1, items: [parameter] },
    });
    expect(await api.updateCuttingParameter('c1', { pierce_time_s: 0.6 })).toEqual({
      ok: true,
      data: parameter,
    });
    await api.createCuttingParameter({
      quality: 'brass',
      thickness: 1,
      speed_mm_per_min: 9000,
      pierce_time_s: 0.4,
    });
    await api.deleteCuttingParameter('c1');
    await api.getShopRates();
    await api.updateShopRates({ margin: 0.3 });
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}${new URL(r.url).search}`)).toEqual([
      'GET /api/catalog/qualities',
      'GET /api/catalog/cutting-parameters?limit=50&offset=0&quality=mild-steel',
      'PATCH /api/catalog/cutting-parameters/c1',
      'POST /api/catalog/cutting-parameters',
      'DELETE /api/catalog/cutting-parameters/c1',
      'GET /api/catalog/shop-rates',
      'PATCH /api/catalog/shop-rates',
    ]);
  });

  it('turns a network failure into a problem instead of throwing', async () => {
    const { api } = apiAnswering(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await api.listMaterials(DEFAULT_MATERIAL_QUERY)).toMatchObject({
      ok: false,
      problem: { status: 0, code: 'network' },
    });
  });
});
