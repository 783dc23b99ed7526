import { createOvermindMock } from 'overmind';
import { describe, expect, it } from 'vitest';
import { createConfig } from '../../config.ts';
import { createWorkspaceMemory } from './workspace-memory.ts';
import { aMaterialOption, fakeQuotesApi, quotesFailure } from './testing.ts';

describe('loadMaterialChoices', () => {
  it('keeps the quotes service’s material options (only priceable combinations), in its order', async () => {
    const { api, calls } = fakeQuotesApi({
      listMaterialOptions: async () => ({
        ok: true,
        data: [aMaterialOption(), aMaterialOption({ id: 'm3', thickness: 5 })],
      }),
    });
    const overmind = createOvermindMock(createConfig(), { quotes: { api } });
    await overmind.actions.quotes.loadMaterialChoices();
    expect(calls.map((call) => call.method)).toEqual(['listMaterialOptions']);
    expect(overmind.state.quotes.materials.ids).toEqual(['m1', 'm3']);
    expect(overmind.state.quotes.materials.byId.m3?.thickness).toBe(5);
    expect(overmind.state.quotes.materials.status).toBe('ready');
  });

  it('a failed read is an error state with its reason; trying again loads them', async () => {
    let fail = true;
    const { api } = fakeQuotesApi({
      listMaterialOptions: async () =>
        fail ? quotesFailure(503, 'unavailable') : { ok: true, data: [aMaterialOption()] },
    });
    const overmind = createOvermindMock(createConfig(), { quotes: { api } });
    const loading = overmind.actions.quotes.loadMaterialChoices();
    expect(overmind.state.quotes.materials.status).toBe('loading');
    await loading;
    expect(overmind.state.quotes.materials.status).toBe('error');
    expect(overmind.state.quotes.materials.error?.code).toBe('unavailable');
    fail = false;
    await overmind.actions.quotes.loadMaterialChoices();
    expect(overmind.state.quotes.materials).toMatchObject({ status: 'ready', error: null, ids: ['m1'] });
  });

  it('a workspace row whose material is no longer offered loses it (it could not be priced)', async () => {
    const { api } = fakeQuotesApi({
      listMaterialOptions: async () => ({ ok: true, data: [aMaterialOption()] }),
    });
    const workspaceMemory = createWorkspaceMemory(null);
    const overmind = createOvermindMock(createConfig(), { quotes: { api, workspaceMemory } });
    overmind.actions.quotes.setWorkspaceLines({
      rowIds: ['r1'],
      changes: { materialId: 'gone', quantity: 3 },
    });
    overmind.actions.quotes.setWorkspaceLines({ rowIds: ['r2'], changes: { materialId: 'm1' } });
    await overmind.actions.quotes.loadMaterialChoices();
    expect(overmind.state.quotes.workspace.lines.r1).toMatchObject({ materialId: null, quantity: 3 });
    expect(overmind.state.quotes.workspace.lines.r2?.materialId).toBe('m1');
  });
});
