import { createOvermindMock } from 'overmind';
import { describe, expect, it } from 'vitest';
import { createConfig } from '../../config.ts';
import type { QuotesApi } from './effects.ts';
import { aLine, aLinesChange, aQuote, aQuoteSummary, fakeQuotesApi, quotesFailure } from './testing.ts';

function mock(answers: Partial<QuotesApi> = {}) {
  const { api, calls } = fakeQuotesApi(answers);
  const debounced: string[] = [];
  const runs: (() => void)[] = [];
  const timers = {
    debounce: (key: string, _ms: number, run: () => void) => {
      debounced.push(key);
      runs.push(run);
    },
    cancelAll: () => undefined,
  };
  const overmind = createOvermindMock(createConfig(), {
    quotes: { api },
    events: { timers, stream: { connect: () => undefined, disconnect: () => undefined } },
  });
  return { overmind, calls, debounced, runs };
}

const page = (...ids: string[]) => ({
  ok: true as const,
  data: { view: 'internal' as const, count: 42, items: ids.map((id) => aQuoteSummary({ id })) },
});

describe('quotes list actions', () => {
  it('loadQuotes: asks with the merged query and keeps ids + byId', async () => {
    const { overmind, calls } = mock({ listQuotes: async () => page('q1', 'q2') });
    const loading = overmind.actions.quotes.loadQuotes({ status: 'sent', ordering: ['-total_cents'] });
    expect(overmind.state.quotes.list.status).toBe('loading');
    await loading;
    expect(calls[0]?.args[0]).toEqual({
      limit: 20,
      offset: 0,
      ordering: ['-total_cents'],
      status: 'sent',
      search: '',
    });
    const list = overmind.state.quotes.list;
    expect([list.status, list.ids, list.count, list.byId.q2?.id]).toEqual(['ready', ['q1', 'q2'], 42, 'q2']);
  });

  it('loadQuotes: only the latest answer shows; an error keeps a code', async () => {
    const answers: ((value: ReturnType<typeof page>) => void)[] = [];
    const { overmind } = mock({ listQuotes: () => new Promise((resolve) => answers.push(resolve)) });
    const first = overmind.actions.quotes.loadQuotes({ search: 'a' });
    const second = overmind.actions.quotes.loadQuotes({ search: 'ab' });
    answers[1]!(page('new'));
    await second;
    answers[0]!(page('old'));
    await first;
    expect(overmind.state.quotes.list.ids).toEqual(['new']);
    const failing = mock({ listQuotes: async () => quotesFailure(0, 'network') });
    await failing.overmind.actions.quotes.loadQuotes();
    expect(failing.overmind.state.quotes.list.error?.code).toBe('network');
  });

  it('leaveQuotes: idle, so that reloads do nothing', async () => {
    const { overmind, calls } = mock({ listQuotes: async () => page('q1') });
    await overmind.actions.quotes.loadQuotes();
    overmind.actions.quotes.leaveQuotes();
    await overmind.actions.quotes.reloadQuotes();
    expect(calls.length).toBe(1);
    expect(overmind.state.quotes.list.status).toBe('idle');
  });
});

describe('open quote actions', () => {
  it('openQuote: loading, then the quote with its lines by id', async () => {
    const { overmind } = mock({
      getQuote: async () => ({ ok: true, data: aQuote([aLine(), aLine({ id: 'l2' })]) }),
    });
    const opening = overmind.actions.quotes.openQuote({ id: 'q1' });
    expect(overmind.state.quotes.open.status).toBe('loading');
    await opening;
    const open = overmind.state.quotes.open;
    expect(open.status).toBe('ready');
    expect(open.quote?.name).toBe('Brackets');
    expect(open.quote && 'lines' in open.quote).toBe(false);
    expect(open.lines.ids).toEqual(['l1', 'l2']);
    expect(open.lines.byId.l2?.quantity).toBe(10);
  });

  it('openQuote: a missing quote is an error with a code', async () => {
    const { overmind } = mock({ getQuote: async () => quotesFailure(404, 'not-found') });
    await overmind.actions.quotes.openQuote({ id: 'nope' });
    expect(overmind.state.quotes.open.status).toBe('error');
    expect(overmind.state.quotes.open.error?.code).toBe('not-found');
  });

  it('renameQuote: checks the name, sends it trimmed, maps field errors', async () => {
    let answer = async () => ({ ok: true as const, data: aQuote([aLine()], { name: 'New' }) });
    const { overmind, calls } = mock({
      getQuote: async () => ({ ok: true, data: aQuote() }),
      updateQuote: () => answer(),
    });
    await overmind.actions.quotes.openQuote({ id: 'q1' });
    expect(await overmind.actions.quotes.renameQuote('  ')).toBe(false);
    expect(overmind.state.quotes.open.saving.error?.fields.name).toBe('Enter a name.');
    expect(await overmind.actions.quotes.renameQuote(' New ')).toBe(true);
    expect(calls[1]).toEqual({ method: 'updateQuote', args: ['q1', { name: 'New' }] });
    expect(overmind.state.quotes.open.quote?.name).toBe('New');
    answer = async () =>
      quotesFailure(400, 'invalid-input', [{ field: 'body.name', message: 'too long' }]) as never;
    await overmind.actions.quotes.renameQuote('x');
    expect(overmind.state.quotes.open.saving).toEqual({
      status: 'error',
      error: {
        code: 'invalid-input',
        message: 'Check the highlighted fields.',
        fields: { name: 'too long' },
      },
    });
  });

  it('sendQuote and acceptQuote move the status; a refused move keeps its code', async () => {
    const { overmind, calls } = mock({
      getQuote: async () => ({ ok: true, data: aQuote() }),
      updateQuote: async (_id, changes) =>
        changes.status === 'accepted'
          ? quotesFailure(409, 'invalid-transition')
          : { ok: true, data: aQuote([aLine()], { status: 'sent' }) },
    });
    await overmind.actions.quotes.openQuote({ id: 'q1' });
    expect(await overmind.actions.quotes.sendQuote()).toBe(true);
    expect(overmind.state.quotes.open.quote?.status).toBe('sent');
    expect(await overmind.actions.quotes.acceptQuote()).toBe(false);
    expect(overmind.state.quotes.open.saving.error?.code).toBe('invalid-transition');
    expect(calls.map((c) => c.args[1])).toEqual([undefined, { status: 'sent' }, { status: 'accepted' }]);
  });

  it('createQuote and duplicateQuote resolve the new id for the page to open', async () => {
    const { overmind, calls } = mock({
      createQuote: async () => ({ ok: true, data: aQuote([], { id: 'q9' }) }),
      duplicateQuote: async () => ({ ok: true, data: aQuote([], { id: 'q10' }) }),
    });
    expect(await overmind.actions.quotes.createQuote(' ')).toBeNull();
    expect(overmind.state.quotes.action.error?.fields.name).toBe('Enter a name.');
    expect(await overmind.actions.quotes.createQuote(' Frames ')).toBe('q9');
    expect(await overmind.actions.quotes.duplicateQuote('q1')).toBe('q10');
    expect(calls.map((c) => [c.method, c.args[0]])).toEqual([
      ['createQuote', { name: 'Frames' }],
      ['duplicateQuote', 'q1'],
    ]);
    expect(overmind.state.quotes.action).toEqual({ status: 'idle', error: null });
  });

  it('deleteQuote: closes the open quote; a read-only quote is refused with its code', async () => {
    let answer = async () => quotesFailure(409, 'quote-read-only') as never;
    const { overmind } = mock({
      getQuote: async () => ({ ok: true, data: aQuote() }),
      deleteQuote: () => answer(),
    });
    await overmind.actions.quotes.openQuote({ id: 'q1' });
    expect(await overmind.actions.quotes.deleteQuote('q1')).toBe(false);
    expect(overmind.state.quotes.action.error?.code).toBe('quote-read-only');
    answer = async () => ({ ok: true, data: null }) as never;
    expect(await overmind.actions.quotes.deleteQuote('q1')).toBe(true);
    expect(overmind.state.quotes.open.id).toBeNull();
    expect(overmind.state.quotes.open.status).toBe('idle');
  });
});

describe('line actions', () => {
  async function opened(answers: Partial<QuotesApi>) {
    const m = mock({
      getQuote: async () => ({ ok: true, data: aQuote([aLine(), aLine({ id: 'l2' })]) }),
      ...answers,
    });
    await m.overmind.actions.quotes.openQuote({ id: 'q1' });
    return m;
  }

  it('updateLine: checks the quantity first, then takes the changed line and the new totals', async () => {
    const { overmind, calls } = await opened({
      updateLine: async () => ({
        ok: true,
        data: aLinesChange([aLine({ quantity: 50, total_cents: 30000 })], {
          totals: { total_cents: 42000, line_count: 2, blocked_line_count: 0 },
        }),
      }),
    });
    for (const quantity of [0, 2.5, 100001]) {
      expect(await overmind.actions.quotes.updateLine({ lineId: 'l1', changes: { quantity } })).toBe(false);
    }
    expect(overmind.state.quotes.open.lineSaving.l1?.error?.fields.quantity).toMatch(/whole number/);
    expect(calls.length).toBe(1);
    expect(await overmind.actions.quotes.updateLine({ lineId: 'l1', changes: { quantity: 50 } })).toBe(true);
    expect(calls[1]).toEqual({ method: 'updateLine', args: ['q1', 'l1', { quantity: 50 }] });
    const open = overmind.state.quotes.open;
    expect(open.lines.byId.l1?.total_cents).toBe(30000);
    expect(open.quote?.totals.total_cents).toBe(42000);
    expect(open.lineSaving.l1).toBeUndefined();
  });

  it('updateLine: a refused field is kept by line id and field name', async () => {
    const { overmind } = await opened({
      updateLine: async () =>
        quotesFailure(400, 'invalid-input', [{ field: 'body.quantity', message: 'must be <= 500' }]),
    });
    await overmind.actions.quotes.updateLine({ lineId: 'l2', changes: { quantity: 600 } });
    expect(overmind.state.quotes.open.lineSaving.l2?.error?.fields).toEqual({ quantity: 'must be <= 500' });
    expect(overmind.state.quotes.open.lines.byId.l2?.quantity).toBe(10);
  });

  it('updateLines: applies to the selection in one call; errors go to the bulk state', async () => {
    let answer = async () => ({
      ok: true as const,
      data: aLinesChange([aLine({ lead_time: 'express' }), aLine({ id: 'l2', lead_time: 'express' })]),
    });
    const { overmind, calls } = await opened({ updateLines: () => answer() });
    expect(
      await overmind.actions.quotes.updateLines({ lineIds: ['l1', 'l2'], changes: { lead_time: 'express' } }),
    ).toBe(true);
    expect(calls[1]).toEqual({ method: 'updateLines', args: ['q1', ['l1', 'l2'], { lead_time: 'express' }] });
    expect(overmind.state.quotes.open.lines.byId.l2?.lead_time).toBe('express');
    answer = async () =>
      quotesFailure(404, 'material-not-found', [
        { field: 'body.changes.material_id', message: 'gone' },
      ]) as never;
    await overmind.actions.quotes.updateLines({ lineIds: ['l1'], changes: { material_id: 'mx' } });
    expect(overmind.state.quotes.open.bulk.error).toMatchObject({
      code: 'material-not-found',
      fields: { material_id: 'gone' },
    });
    overmind.actions.quotes.clearBulkError();
    expect(overmind.state.quotes.open.bulk).toEqual({ status: 'idle', error: null });
  });

  it('addLines and removeLine keep lines and totals in step', async () => {
    const { overmind, calls } = await opened({
      addLines: async () => ({
        ok: true,
        data: aLinesChange([aLine({ id: 'l3', part_id: 'p3' })], {
          totals: { total_cents: 1, line_count: 3, blocked_line_count: 0 },
        }),
      }),
      removeLine: async () => ({
        ok: true,
        data: aQuoteSummary({ totals: { total_cents: 0, line_count: 2, blocked_line_count: 0 } }),
      }),
    });
    const options = { material_id: 'm1', quantity: 5, lead_time: 'standard' as const };
    expect(await overmind.actions.quotes.addLines({ partIds: ['p3'], options })).toBe(true);
    expect(calls[1]?.args).toEqual([
      'q1',
      [{ part_id: 'p3', material_id: 'm1', quantity: 5, lead_time: 'standard' }],
    ]);
    expect(overmind.state.quotes.open.lines.ids).toEqual(['l1', 'l2', 'l3']);
    expect(await overmind.actions.quotes.removeLine('l1')).toBe(true);
    expect(overmind.state.quotes.open.lines.ids).toEqual(['l2', 'l3']);
    expect(overmind.state.quotes.open.lines.byId.l1).toBeUndefined();
    expect(overmind.state.quotes.open.quote?.totals.line_count).toBe(2);
  });
});

describe('live quotes', () => {
  const change = (type: string, entity_id = 'q1') => ({
    id: 'quotes:1',
    service: 'quotes',
    type,
    entity_id,
    company: 'acme',
    at: '2026-01-01T00:00:00.000Z',
  });

  it('a change of the open quote reloads it silently (debounced), and the shown list too', async () => {
    let total = 100;
    const { overmind, debounced, runs, calls } = mock({
      getQuote: async () => ({ ok: true, data: aQuote([aLine({ total_cents: total })]) }),
      listQuotes: async () => page('q1'),
    });
    await overmind.actions.quotes.loadQuotes();
    await overmind.actions.quotes.openQuote({ id: 'q1' });
    total = 250;
    overmind.actions.events.receive(change('quote.repriced'));
    overmind.actions.events.receive(change('quote.updated', 'other'));
    expect(debounced).toEqual(['quotes.list', 'quotes.open', 'quotes.list']);
    runs[1]!();
    expect(overmind.state.quotes.open.status).toBe('ready');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(overmind.state.quotes.open.lines.byId.l1?.total_cents).toBe(250);
    expect(calls.filter((c) => c.method === 'getQuote').length).toBe(2);
  });

  it('a deleted open quote reads as not found; other services and idle pages are left alone', async () => {
    const { overmind, debounced } = mock({ getQuote: async () => ({ ok: true, data: aQuote() }) });
    overmind.actions.events.receive(change('quote.updated'));
    expect(debounced).toEqual([]);
    await overmind.actions.quotes.openQuote({ id: 'q1' });
    overmind.actions.quotes.applyChange({ ...change('quote.updated'), service: 'catalog' });
    overmind.actions.events.receive(change('quote.deleted'));
    expect(debounced).toEqual([]);
    expect(overmind.state.quotes.open.status).toBe('error');
    expect(overmind.state.quotes.open.error?.code).toBe('not-found');
  });

  it('after a dropped stream the open quote and the list are fetched again', async () => {
    const { overmind, calls } = mock({
      getQuote: async () => ({ ok: true, data: aQuote() }),
      listQuotes: async () => page('q1'),
    });
    await overmind.actions.quotes.loadQuotes();
    await overmind.actions.quotes.openQuote({ id: 'q1' });
    overmind.actions.events.connect();
    overmind.actions.events.lost(false);
    await overmind.actions.events.ready();
    expect(calls.map((c) => c.method)).toEqual(['listQuotes', 'getQuote', 'listQuotes', 'getQuote']);
  });
});
