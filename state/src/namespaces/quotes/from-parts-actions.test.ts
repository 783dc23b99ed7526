import { createOvermindMock } from 'overmind';
import { describe, expect, it } from 'vitest';
import { createConfig } from '../../config.ts';
import type { QuotesApi } from './effects.ts';
import type { NewLine } from './types.ts';
import { aLine, aLinesChange, aQuote, fakeQuotesApi, quotesFailure } from './testing.ts';

function mock(answers: Partial<QuotesApi>) {
  const { api, calls } = fakeQuotesApi(answers);
  const timers = { debounce: () => undefined, cancelAll: () => undefined };
  const overmind = createOvermindMock(createConfig(), {
    quotes: { api },
    events: { timers, stream: { connect: () => undefined, disconnect: () => undefined } },
  });
  return { overmind, calls };
}

const options = { material_id: 'm1', quantity: 5, lead_time: 'standard' as const };
const linesOf = (partIds: string[], o = options) => partIds.map((part_id) => ({ part_id, ...o }));

describe('createQuoteFromParts', () => {
  it('creates a draft and adds the lines, each with its own options, in requests of at most 250', async () => {
    const { overmind, calls } = mock({
      createQuote: async () => ({ ok: true, data: aQuote([], { id: 'q7' }) }),
      addLines: async () => ({ ok: true, data: aLinesChange([aLine()]) }),
    });
    const partIds = Array.from({ length: 260 }, (_, i) => `p${i}`);
    const lines: NewLine[] = linesOf(partIds);
    lines[1] = { part_id: 'p1', material_id: 'm2', quantity: 40, lead_time: 'express' };
    expect(await overmind.actions.quotes.createQuoteFromParts({ name: ' Batch 12 ', lines })).toBe('q7');
    const adds = calls.filter((c) => c.method === 'addLines');
    expect(calls[0]).toMatchObject({ method: 'createQuote', args: [{ name: 'Batch 12' }] });
    expect(adds.map((c) => (c.args[1] as unknown[]).length)).toEqual([250, 10]);
    expect((adds[0]!.args[1] as unknown[])[0]).toEqual({ part_id: 'p0', ...options });
    expect((adds[0]!.args[1] as unknown[])[1]).toEqual(lines[1]);
    expect(overmind.state.quotes.action).toEqual({ status: 'idle', error: null });
  });

  it('refuses without parts, with a blank name or a bad quantity, and sends nothing', async () => {
    const { overmind, calls } = mock({});
    expect(await overmind.actions.quotes.createQuoteFromParts({ name: 'A', lines: [] })).toBeNull();
    expect(overmind.state.quotes.action.error?.code).toBe('no-parts');
    expect(
      await overmind.actions.quotes.createQuoteFromParts({ name: ' ', lines: linesOf(['p1']) }),
    ).toBeNull();
    expect(overmind.state.quotes.action.error?.fields.name).toBe('Enter a name.');
    const zero = { ...options, quantity: 0 };
    expect(
      await overmind.actions.quotes.createQuoteFromParts({ name: 'A', lines: linesOf(['p1'], zero) }),
    ).toBeNull();
    expect(overmind.state.quotes.action.error?.fields.quantity).toMatch(/whole number/);
    expect(calls).toEqual([]);
  });

  it('opens the quote it made even when adding lines failed, with the reason', async () => {
    const { overmind } = mock({
      createQuote: async () => ({ ok: true, data: aQuote([], { id: 'q8' }) }),
      addLines: async () => quotesFailure(404, 'part-not-found') as never,
    });
    expect(await overmind.actions.quotes.createQuoteFromParts({ name: 'A', lines: linesOf(['p1']) })).toBe(
      'q8',
    );
    expect(overmind.state.quotes.action.error?.code).toBe('part-not-found');
  });
});
