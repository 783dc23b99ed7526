import { createOvermindMock } from 'overmind';
import { describe, expect, it } from 'vitest';
import { createConfig } from '../../config.ts';
import { aMaterial, failure, fakeCatalogApi } from '../catalog/testing.ts';

describe('loadMaterialChoices', () => {
  it('reads every page of materials in quality/thickness order and keeps the active ones', async () => {
    const { api, calls } = fakeCatalogApi({
      listMaterials: async (query) => ({
        ok: true,
        data: {
          count: 201,
          items:
            query.offset === 0
              ? [aMaterial(), aMaterial({ id: 'm2', is_active: false })]
              : [aMaterial({ id: 'm3', thickness: 5 })],
        },
      }),
    });
    const overmind = createOvermindMock(createConfig(), { catalog: api });
    await overmind.actions.quotes.loadMaterialChoices();
    expect(calls.map((call) => (call.args[0] as { offset: number }).offset)).toEqual([0, 200]);
    expect(calls[0]?.args[0]).toMatchObject({ limit: 200, ordering: ['quality', 'thickness'] });
    expect(overmind.state.quotes.materials.ids).toEqual(['m1', 'm3']);
    expect(overmind.state.quotes.materials.status).toBe('ready');
  });

  it('a failed read is an error state', async () => {
    const { api } = fakeCatalogApi({ listMaterials: async () => failure(0, 'network') });
    const overmind = createOvermindMock(createConfig(), { catalog: api });
    await overmind.actions.quotes.loadMaterialChoices();
    expect(overmind.state.quotes.materials.status).toBe('error');
  });
});
