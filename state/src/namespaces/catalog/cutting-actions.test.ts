import { createOvermindMock } from 'overmind';
import { describe, expect, it } from 'vitest';
import { createConfig } from '../../config.ts';
import type { ShopRates } from './types.ts';
import type { CatalogApi } from './effects.ts';
import { aCuttingParameter, failure, fakeCatalogApi } from './testing.ts';

function mock(answers: Partial<CatalogApi> = {}) {
  const { api, calls } = fakeCatalogApi(answers);
  return { overmind: createOvermindMock(createConfig(), { catalog: api }), calls };
}

const rates: ShopRates = {
  machine_rate_per_hour: 90,
  labour_rate_per_hour: 60,
  setup_minutes: 15,
  utilisation: 0.7,
  margin: 0.25,
  minimum_line_charge: 25,
  rapid_traverse_mm_per_min: 50000,
  lead_time_factors: { standard: 1, express: 1.3, same_day: 2 },
  sheet_sizes: [{ width: 1000, length: 2000 }],
  updated_at: '2026-01-01T00:00:00.000Z',
};

describe('catalog cutting-parameter and shop-rate actions', () => {
  it('loadCuttingParameters: asks with the merged query and keeps the page', async () => {
    const { overmind, calls } = mock({
      listCuttingParameters: async () => ({ ok: true, data: { count: 24, items: [aCuttingParameter()] } }),
    });
    await overmind.actions.catalog.loadCuttingParameters({ quality: 'mild-steel' });
    expect(calls[0]?.args[0]).toEqual({ limit: 50, offset: 0, quality: 'mild-steel' });
    const list = overmind.state.catalog.cuttingParameters;
    expect([list.status, list.ids, list.count]).toEqual(['ready', ['c1'], 24]);
  });

  it('loadCuttingParameters: a 403 for external users is a forbidden error', async () => {
    const { overmind } = mock({ listCuttingParameters: async () => failure(403, 'forbidden') });
    await overmind.actions.catalog.loadCuttingParameters();
    expect(overmind.state.catalog.cuttingParameters.status).toBe('error');
    expect(overmind.state.catalog.cuttingParameters.error?.code).toBe('forbidden');
  });

  it('saveCuttingParameter: checks required fields, then updates only speed and pierce time', async () => {
    const { overmind, calls } = mock({
      listCuttingParameters: async () => ({ ok: true, data: { count: 1, items: [aCuttingParameter()] } }),
      updateCuttingParameter: async () => ({ ok: true, data: aCuttingParameter({ speed_mm_per_min: 4200 }) }),
    });
    const draft = { quality: 'mild-steel', thickness: 3, speed_mm_per_min: null, pierce_time_s: 0.5 };
    expect(await overmind.actions.catalog.saveCuttingParameter({ id: 'c1', draft })).toBe(false);
    expect(overmind.state.catalog.cuttingParameterForm.error?.fields.speed_mm_per_min?.code).toBe('required');
    await overmind.actions.catalog.loadCuttingParameters();
    const saved = await overmind.actions.catalog.saveCuttingParameter({
      id: 'c1',
      draft: { ...draft, speed_mm_per_min: 4200 },
    });
    expect(saved).toBe(true);
    expect(calls.map((c) => c.method)).toEqual([
      'listCuttingParameters',
      'updateCuttingParameter',
      'listCuttingParameters',
    ]);
    expect(calls[1]?.args).toEqual(['c1', { speed_mm_per_min: 4200, pierce_time_s: 0.5 }]);
    expect(overmind.state.catalog.cuttingParameterForm).toEqual({ status: 'idle', error: null });
  });

  it('saveCuttingParameter: creates, and a duplicate marks quality and thickness', async () => {
    const { overmind, calls } = mock({
      createCuttingParameter: async () => failure(409, 'duplicate-cutting-parameter'),
    });
    const draft = { quality: 'brass', thickness: 1, speed_mm_per_min: 9000, pierce_time_s: 0.4 };
    expect(await overmind.actions.catalog.saveCuttingParameter({ id: null, draft })).toBe(false);
    expect(calls[0]?.args[0]).toEqual(draft);
    const error = overmind.state.catalog.cuttingParameterForm.error;
    expect(error?.code).toBe('duplicate-cutting-parameter');
    expect(Object.keys(error?.fields ?? {})).toEqual(['quality', 'thickness']);
    overmind.actions.catalog.resetCuttingParameterForm();
    expect(overmind.state.catalog.cuttingParameterForm.error).toBeNull();
  });

  it('deleteCuttingParameter: deletes, or keeps the error', async () => {
    let fail = false;
    const { overmind } = mock({
      deleteCuttingParameter: async () => (fail ? failure(404, 'not-found') : { ok: true, data: null }),
    });
    expect(await overmind.actions.catalog.deleteCuttingParameter('c1')).toBe(true);
    expect(overmind.state.catalog.cuttingParameterAction.done).toBe('deleted');
    fail = true;
    expect(await overmind.actions.catalog.deleteCuttingParameter('c1')).toBe(false);
    expect(overmind.state.catalog.cuttingParameterAction.error?.code).toBe('not-found');
    overmind.actions.catalog.clearCuttingParameterAction();
    expect(overmind.state.catalog.cuttingParameterAction.status).toBe('idle');
  });

  it('loadShopRates and updateShopRates: keep the rates; a 400 maps the field', async () => {
    let reject = false;
    const { overmind } = mock({
      getShopRates: async () => ({ ok: true, data: rates }),
      updateShopRates: async () =>
        reject
          ? failure(400, 'invalid-input', [{ field: 'body.margin', message: 'must be <= 100' }])
          : { ok: true, data: { ...rates, margin: 0.3 } },
    });
    await overmind.actions.catalog.loadShopRates();
    expect(overmind.state.catalog.shopRates.data?.margin).toBe(0.25);
    expect(await overmind.actions.catalog.updateShopRates({ margin: 0.3 })).toBe(true);
    expect(overmind.state.catalog.shopRates.data?.margin).toBe(0.3);
    reject = true;
    expect(await overmind.actions.catalog.updateShopRates({ margin: 1000 })).toBe(false);
    expect(overmind.state.catalog.shopRatesForm.error?.fields.margin?.code).toBe('invalid');
  });
});
