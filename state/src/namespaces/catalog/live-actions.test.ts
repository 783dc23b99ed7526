import { createOvermindMock } from 'overmind';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConfig } from '../../config.ts';
import { createDebouncer } from '../../effects/debouncer.ts';
import type { ChangeEvent } from '../../effects/event-stream.ts';
import { aCuttingParameter, aMaterial, fakeCatalogApi, qualities } from './testing.ts';

const change = (type: string, service = 'catalog'): ChangeEvent => ({
  id: `${service}:1`,
  service,
  type,
  entity_id: 'm1',
  company: null,
  at: '2026-01-01T00:00:00.000Z',
});

function mock() {
  const { api, calls } = fakeCatalogApi({
    listMaterials: async () => ({ ok: true, data: { count: 1, items: [aMaterial()] } }),
    listCuttingParameters: async () => ({ ok: true, data: { count: 1, items: [aCuttingParameter()] } }),
    listQualities: async () => ({ ok: true, data: qualities }),
  });
  const timers = createDebouncer();
  const overmind = createOvermindMock(createConfig(), { catalog: api, events: { timers } });
  return { overmind, calls, count: (method: string) => calls.filter((c) => c.method === method).length };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('catalog live changes', () => {
  it('reloads the shown materials page once, 300 ms after a burst of changes', async () => {
    const { overmind, count } = mock();
    await overmind.actions.catalog.loadMaterials({ offset: 20 });
    overmind.actions.catalog.applyChange(change('material.updated'));
    await vi.advanceTimersByTimeAsync(200);
    overmind.actions.catalog.applyChange(change('material.created'));
    overmind.actions.catalog.applyChange(change('material.deleted'));
    await vi.advanceTimersByTimeAsync(299);
    expect(count('listMaterials')).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(count('listMaterials')).toBe(2);
    expect(overmind.state.catalog.materials.query.offset).toBe(20);
  });

  it('leaves lists that no page shows alone', async () => {
    const { overmind, calls } = mock();
    overmind.actions.catalog.applyChange(change('material.updated'));
    overmind.actions.catalog.applyChange(change('cutting-parameter.updated'));
    overmind.actions.catalog.applyChange(change('shop-rates.updated'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toEqual([]);
  });

  it('ignores other services and reloads each affected list by its own timer', async () => {
    const { overmind, count } = mock();
    await overmind.actions.catalog.loadMaterials();
    await overmind.actions.catalog.loadCuttingParameters();
    await overmind.actions.catalog.loadQualities();
    overmind.actions.catalog.applyChange(change('material.updated', 'quotes'));
    overmind.actions.catalog.applyChange(change('cutting-parameter.updated'));
    overmind.actions.catalog.applyChange(change('quality.created'));
    await vi.advanceTimersByTimeAsync(300);
    expect([count('listMaterials'), count('listCuttingParameters'), count('listQualities')]).toEqual([
      1, 2, 2,
    ]);
  });

  it('refreshVisible: fetches every shown list again at once', async () => {
    const { overmind, count } = mock();
    await overmind.actions.catalog.loadMaterials();
    await overmind.actions.catalog.refreshVisible();
    expect([count('listMaterials'), count('listCuttingParameters')]).toEqual([2, 0]);
  });
});
