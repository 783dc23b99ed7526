import { createOvermindMock } from 'overmind';
import { describe, expect, it } from 'vitest';
import { createConfig } from '../../config.ts';
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

  it('a failed read is an error state', async () => {
    const { api } = fakeQuotesApi({ listMaterialOptions: async () => quotesFailure(503, 'unavailable') });
    const overmind = createOvermindMock(createConfig(), { quotes: { api } });
    await overmind.actions.quotes.loadMaterialChoices();
    expect(overmind.state.quotes.materials.status).toBe('error');
  });
});
