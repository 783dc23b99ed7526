import { createOvermindMock } from 'overmind';
import { describe, expect, it } from 'vitest';
import { createConfig } from '../../config.ts';
import { createLimiter } from '../../effects/limiter.ts';
import type { Result } from '../../effects/problem.ts';
import type { Part } from '../parts/state.ts';
import { aPart, createFakePartsApi } from '../parts/testing.ts';
import type { UploadRecord } from '../uploads/state.ts';
import type { QuotesApi } from './effects.ts';
import type { WorkspaceLine } from './state.ts';
import { createWorkspaceMemory } from './workspace-memory.ts';
import { aLine, aLinesChange, aPreview, aQuote, fakeQuotesApi, quotesFailure } from './testing.ts';
import type { PricePreview, PreviewRequest } from './types.ts';

const base = { batch: 'b1', size: 100, uploadId: 'u', attempt: 0 };
const ready = (id: string, partId: string): UploadRecord => ({
  ...base,
  id,
  name: `${id}.dxf`,
  status: 'ready',
  partId,
});
const uploading = (id: string): UploadRecord => ({
  ...base,
  id,
  name: `${id}.dxf`,
  status: 'uploading',
  percent: 40,
});

/** The workspace over these rows, a fake quotes and parts API and timers the test fires by hand. */
function mock(
  rows: UploadRecord[],
  answers: Partial<QuotesApi> = {},
  parts: Part[] = [],
  lines: Record<string, WorkspaceLine> = {},
) {
  const { api, calls } = fakeQuotesApi(answers);
  const partsApi = createFakePartsApi();
  const waiting = new Map<string, () => void>();
  const previewTimers = {
    debounce: (key: string, _ms: number, run: () => void) => waiting.set(key, run),
    cancelAll: () => waiting.clear(),
  };
  const overmind = createOvermindMock(
    createConfig(),
    {
      quotes: {
        api,
        previewTimers,
        previewSlots: createLimiter(2),
        workspaceMemory: createWorkspaceMemory(null),
      },
      parts: { api: partsApi.api },
    },
    (state) => {
      state.uploads.ids = rows.map((row) => row.id);
      state.uploads.byId = Object.fromEntries(rows.map((row) => [row.id, row]));
      state.parts.byId = Object.fromEntries(parts.map((part) => [part.id, part]));
      state.quotes.workspace.lines = lines;
    },
  );
  const fire = async () => {
    const runs = [...waiting.values()];
    waiting.clear();
    runs.forEach((run) => run());
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { overmind, calls, waiting, fire, parts: partsApi };
}

const priced = (request: PreviewRequest, cents = 331): Result<PricePreview> => ({
  ok: true,
  data: aPreview({ part_id: request.part_id, quantity: request.quantity, unit_price_cents: cents }),
});

describe('workspace lines', () => {
  it('prices a row once its material is picked, with its quantity and lead time, after the options settle', async () => {
    const { overmind, calls, waiting, fire } = mock([ready('r1', 'p1')], {
      previewPrice: async (request) => priced(request),
    });
    overmind.actions.quotes.setWorkspaceLines({ rowIds: ['r1'], changes: { quantity: 10 } });
    expect(overmind.state.quotes.workspace.lines.r1?.price.status).toBe('idle');
    expect(waiting.size).toBe(0);
    overmind.actions.quotes.setWorkspaceLines({ rowIds: ['r1'], changes: { materialId: 'm1' } });
    overmind.actions.quotes.setWorkspaceLines({ rowIds: ['r1'], changes: { leadTime: 'express' } });
    expect(overmind.state.quotes.workspace.lines.r1?.price.status).toBe('loading');
    expect(waiting.size).toBe(1);
    await fire();
    expect(calls.map((c) => c.args[0])).toEqual([
      { part_id: 'p1', material_id: 'm1', quantity: 10, lead_time: 'express' },
    ]);
    expect(overmind.state.quotes.workspace.lines.r1?.price).toMatchObject({ status: 'ready', error: null });
    expect(overmind.state.quotes.workspace.lines.r1?.price.preview?.unit_price_cents).toBe(331);
  });

  it('keeps only the latest answer when an older request comes back last', async () => {
    const gates: ((r: Result<PricePreview>) => void)[] = [];
    const { overmind, fire } = mock([ready('r1', 'p1')], {
      previewPrice: () => new Promise((resolve) => gates.push(resolve)),
    });
    overmind.actions.quotes.setWorkspaceLines({ rowIds: ['r1'], changes: { materialId: 'm1' } });
    await fire();
    overmind.actions.quotes.setWorkspaceLines({ rowIds: ['r1'], changes: { quantity: 50 } });
    await fire();
    expect(gates).toHaveLength(2);
    gates[1]!({ ok: true, data: aPreview({ quantity: 50, unit_price_cents: 181 }) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    gates[0]!({ ok: true, data: aPreview({ quantity: 1, unit_price_cents: 2500 }) });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(overmind.state.quotes.workspace.lines.r1?.price.preview?.unit_price_cents).toBe(181);
    expect(overmind.state.quotes.workspace.lines.r1?.price.status).toBe('ready');
  });

  it('refuses a bad quantity next to the field, keeps the last valid one and asks for no price', async () => {
    const { overmind, waiting } = mock([ready('r1', 'p1')]);
    overmind.actions.quotes.setWorkspaceLines({ rowIds: ['r1'], changes: { materialId: 'm1', quantity: 4 } });
    waiting.clear();
    for (const bad of [0, -2, 1.5, null, 100001]) {
      overmind.actions.quotes.setWorkspaceLines({ rowIds: ['r1'], changes: { quantity: bad } });
      expect(overmind.state.quotes.workspace.lines.r1?.errors.quantity).toMatch(
        /whole number from 1 to 100000/,
      );
    }
    expect(overmind.state.quotes.workspace.lines.r1?.quantity).toBe(4);
    expect(waiting.size).toBe(0);
    overmind.actions.quotes.setWorkspaceLines({ rowIds: ['r1'], changes: { quantity: 7 } });
    expect(overmind.state.quotes.workspace.lines.r1?.errors).toEqual({});
    expect(waiting.size).toBe(1);
  });

  it('shows a failed preview as an error on the row, and a retry asks again', async () => {
    let fail = true;
    const { overmind, fire } = mock([ready('r1', 'p1')], {
      previewPrice: async (request) => (fail ? quotesFailure(503, 'upstream-unavailable') : priced(request)),
    });
    overmind.actions.quotes.setWorkspaceLines({ rowIds: ['r1'], changes: { materialId: 'm1' } });
    await fire();
    expect(overmind.state.quotes.workspace.lines.r1?.price).toMatchObject({
      status: 'error',
      error: { code: 'unavailable' },
    });
    fail = false;
    overmind.actions.quotes.retryWorkspacePrice('r1');
    await fire();
    expect(overmind.state.quotes.workspace.lines.r1?.price.status).toBe('ready');
  });

  it('bulk-applies to the selection; rows still processing wait and are priced once processed', async () => {
    const { overmind, calls, fire, parts } = mock(
      [ready('r1', 'p1'), ready('r2', 'p2'), ready('r3', 'p3')],
      { previewPrice: async (request) => priced(request) },
      [aPart('p2', { status: 'processing', progress: 0.5 })],
    );
    overmind.actions.quotes.setWorkspaceLines({
      rowIds: ['r1', 'r2'],
      changes: { materialId: 'm1', quantity: 20, leadTime: 'same_day' },
    });
    expect(overmind.state.quotes.workspace.lines.r2?.price.status).toBe('waiting');
    expect(overmind.state.quotes.workspace.lines.r3).toBeUndefined();
    await fire();
    expect(calls.map((c) => (c.args[0] as PreviewRequest).part_id)).toEqual(['p1']);
    parts.parts.set('p2', aPart('p2'));
    await overmind.actions.parts.fetchParts({ ids: ['p2'], round: 0 });
    overmind.actions.quotes.priceWaitingLines();
    await fire();
    expect(calls.map((c) => (c.args[0] as PreviewRequest).part_id)).toEqual(['p1', 'p2']);
    expect(overmind.state.quotes.workspace.lines.r2?.price.status).toBe('ready');
    expect(overmind.state.quotes.workspace.lines.r2?.leadTime).toBe('same_day');
  });

  it('asks no price for a file that failed; once it is retried and processed, it is priced', async () => {
    const failed: UploadRecord = {
      ...base,
      id: 'r1',
      name: 'r1.dxf',
      status: 'failed',
      code: 'geometry-failed',
      message: 'Bad file',
      retryable: true,
      partId: 'p1',
    };
    const { overmind, waiting } = mock([failed]);
    overmind.actions.quotes.setWorkspaceLines({ rowIds: ['r1'], changes: { materialId: 'm1' } });
    expect(overmind.state.quotes.workspace.lines.r1?.price.status).toBe('idle');
    overmind.actions.quotes.priceWaitingLines();
    expect(waiting.size).toBe(0);

    // The same row after its retry: processed, with the material it kept and no price yet.
    const kept = overmind.state.quotes.workspace.lines.r1!;
    const line: WorkspaceLine = { ...kept, errors: {}, price: { ...kept.price } };
    const retried = mock([ready('r1', 'p1')], { previewPrice: async (request) => priced(request) }, [], {
      r1: line,
    });
    retried.overmind.actions.quotes.priceWaitingLines();
    await retried.fire();
    expect(retried.calls.map((c) => (c.args[0] as PreviewRequest).material_id)).toEqual(['m1']);
    expect(retried.overmind.state.quotes.workspace.lines.r1?.price.status).toBe('ready');
  });

  it('runs at most the limiter’s number of previews at once over a large bulk change', async () => {
    let inFlight = 0;
    let peak = 0;
    const rows = Array.from({ length: 40 }, (_, i) => ready(`r${i}`, `p${i}`));
    const { overmind, fire } = mock(rows, {
      previewPrice: async (request) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight -= 1;
        return priced(request);
      },
    });
    overmind.actions.quotes.setWorkspaceLines({
      rowIds: rows.map((r) => r.id),
      changes: { materialId: 'm1' },
    });
    await fire();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(peak).toBe(2);
    expect(
      Object.values(overmind.state.quotes.workspace.lines).every((l) => l.price.status === 'ready'),
    ).toBe(true);
  });

  it('saves processed rows with a material as lines of a new quote, each with its own options', async () => {
    const { overmind, calls } = mock(
      [ready('r1', 'p1'), ready('r2', 'p2'), uploading('r3'), ready('r4', 'p4')],
      {
        createQuote: async () => ({ ok: true, data: aQuote([], { id: 'q9' }) }),
        addLines: async () => ({ ok: true, data: aLinesChange([aLine()]) }),
        listQuotes: async () => quotesFailure(500, 'unused'),
      },
    );
    overmind.actions.quotes.setWorkspaceLines({
      rowIds: ['r1', 'r3'],
      changes: { materialId: 'm1', quantity: 10 },
    });
    overmind.actions.quotes.setWorkspaceLines({
      rowIds: ['r4'],
      changes: { materialId: 'm2', leadTime: 'express' },
    });
    expect(await overmind.actions.quotes.saveWorkspaceQuote('Brackets')).toBe('q9');
    const add = calls.find((c) => c.method === 'addLines');
    expect(add?.args[1]).toEqual([
      { part_id: 'p1', material_id: 'm1', quantity: 10, lead_time: 'standard' },
      { part_id: 'p4', material_id: 'm2', quantity: 1, lead_time: 'express' },
    ]);
    expect(overmind.state.quotes.workspace.lines).toEqual({});
  });

  it('refuses to save when no processed row has a material', async () => {
    const { overmind, calls } = mock([ready('r1', 'p1')]);
    expect(await overmind.actions.quotes.saveWorkspaceQuote('Brackets')).toBeNull();
    expect(overmind.state.quotes.action.error?.code).toBe('no-parts');
    expect(calls).toEqual([]);
  });
});
