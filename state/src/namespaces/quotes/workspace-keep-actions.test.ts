import { createOvermindMock } from 'overmind';
import { describe, expect, it } from 'vitest';
import { createConfig } from '../../config.ts';
import { createLimiter } from '../../effects/limiter.ts';
import type { UploadRecord } from '../uploads/state.ts';
import type { QuotesApi } from './effects.ts';
import { aLine, aLinesChange, aMaterialOption, aPreview, aQuote, fakeQuotesApi } from './testing.ts';
import { createWorkspaceMemory, WORKSPACE_LINES_KEY } from './workspace-memory.ts';

const base = { batch: 'b1', size: 100, attempt: 0 };
const ready = (id: string, uploadId: string | null = id): UploadRecord => ({
  ...base,
  id,
  uploadId,
  name: `${id}.dxf`,
  status: 'ready',
  partId: `p-${id}`,
});
const queued = (id: string): UploadRecord => ({
  ...base,
  id,
  uploadId: null,
  name: `${id}.dxf`,
  status: 'queued',
});

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

/** One page life over `rows` and a storage that outlives it (pass the same one to simulate a reload). */
function page(
  storage: ReturnType<typeof memoryStorage>,
  rows: UploadRecord[],
  restored = true,
  answers: Partial<QuotesApi> = {},
) {
  const { api, calls } = fakeQuotesApi({
    ...answers,
    previewPrice: async (request) => ({ ok: true, data: aPreview({ part_id: request.part_id }) }),
    listMaterialOptions: async () => ({ ok: true, data: [aMaterialOption()] }),
  });
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
        workspaceMemory: createWorkspaceMemory(storage),
      },
      parts: { api: { remove: async () => ({ ok: true, data: null }) } as never },
      uploads: {
        batches: { remove: () => {}, forget: () => {} } as never,
        transfer: { terminate: async () => {} } as never,
        progress: { discard: () => {} } as never,
        files: { drop: async () => {}, update: async () => {} } as never,
      },
    },
    (state) => {
      state.uploads.ids = rows.map((row) => row.id);
      state.uploads.byId = Object.fromEntries(rows.map((row) => [row.id, row]));
      state.uploads.restore = { status: restored ? 'done' : 'loading', error: null };
    },
  );
  return { overmind, calls, waiting };
}

const kept = (storage: ReturnType<typeof memoryStorage>) =>
  JSON.parse(storage.items.get(WORKSPACE_LINES_KEY) ?? '{}') as Record<string, unknown>;

describe('workspace lines across a reload', () => {
  it('keeps each row’s choices by its upload id and puts them back (and prices them) after a reload', async () => {
    const storage = memoryStorage();
    const before = page(storage, [ready('r1', 'u1'), ready('r2', 'u2'), ready('r3', 'u3')]);
    before.overmind.actions.quotes.setWorkspaceLines({
      rowIds: ['r1'],
      changes: { materialId: 'm1', quantity: 10 },
    });
    before.overmind.actions.quotes.setWorkspaceLines({ rowIds: ['r2'], changes: { leadTime: 'express' } });
    before.overmind.actions.quotes.setWorkspaceLines({ rowIds: ['r3'], changes: { quantity: 2.5 } });
    expect(kept(storage)).toEqual({
      u1: { materialId: 'm1', quantity: 10, leadTime: 'standard' },
      u2: { materialId: null, quantity: 1, leadTime: 'express' },
    });

    // After a reload, finished uploads come back named by their upload id.
    const after = page(storage, [ready('u1'), ready('u2'), ready('u3')]);
    after.overmind.actions.quotes.restoreWorkspaceLines();
    const lines = after.overmind.state.quotes.workspace.lines;
    expect(lines.u1).toMatchObject({ materialId: 'm1', quantity: 10, leadTime: 'standard', errors: {} });
    expect(lines.u1?.price.status).toBe('loading');
    expect(lines.u2).toMatchObject({ materialId: null, leadTime: 'express' });
    expect(lines.u2?.price.status).toBe('idle');
    expect(lines.u3).toBeUndefined();
    // Only the row with a material asks for a price.
    expect([...after.waiting.keys()]).toEqual(['price:u1']);
  });

  it('does nothing before the uploads are rebuilt, and this page’s own choices win', () => {
    const storage = memoryStorage();
    createWorkspaceMemory(storage).write({ u1: { materialId: 'm1', quantity: 5, leadTime: 'express' } });
    const loading = page(storage, [], false);
    loading.overmind.actions.quotes.restoreWorkspaceLines();
    expect(kept(storage)).toHaveProperty('u1'); // not pruned while the rows are unknown
    const after = page(storage, [ready('u1')]);
    after.overmind.actions.quotes.setWorkspaceLines({ rowIds: ['u1'], changes: { quantity: 7 } });
    after.overmind.actions.quotes.restoreWorkspaceLines();
    expect(after.overmind.state.quotes.workspace.lines.u1).toMatchObject({ materialId: null, quantity: 7 });
  });

  it('a row chosen before its upload existed is found again after it finished (re-keyed to the upload id)', () => {
    const storage = memoryStorage();
    const before = page(storage, [queued('r1')]);
    before.overmind.actions.quotes.setWorkspaceLines({ rowIds: ['r1'], changes: { materialId: 'm1' } });
    expect(kept(storage)).toHaveProperty('r1');
    before.overmind.actions.uploads.recordUploadId({ id: 'r1', uploadId: 'u1', attempt: 0 });
    before.overmind.actions.quotes.rekeyWorkspaceLines();
    expect(Object.keys(kept(storage))).toEqual(['u1']);

    const after = page(storage, [ready('u1')]);
    after.overmind.actions.quotes.restoreWorkspaceLines();
    expect(after.overmind.state.quotes.workspace.lines.u1?.materialId).toBe('m1');
  });

  it('a row still waiting for its upload keeps its row id across a reload', () => {
    const storage = memoryStorage();
    page(storage, [queued('r1')]).overmind.actions.quotes.setWorkspaceLines({
      rowIds: ['r1'],
      changes: { quantity: 4 },
    });
    const after = page(storage, [queued('r1')]);
    after.overmind.actions.quotes.restoreWorkspaceLines();
    expect(after.overmind.state.quotes.workspace.lines.r1).toMatchObject({ quantity: 4 });
    expect(after.overmind.state.quotes.workspace.lines.r1?.price.status).toBe('idle');
  });

  it('forgets the choices of rows that are gone after a reload, and of a material no longer offered', async () => {
    const storage = memoryStorage();
    createWorkspaceMemory(storage).write({
      u1: { materialId: 'withdrawn', quantity: 3, leadTime: 'standard' },
      gone: { materialId: 'm1', quantity: 5, leadTime: 'standard' },
    });
    const after = page(storage, [ready('u1')]);
    await after.overmind.actions.quotes.loadMaterialChoices();
    after.overmind.actions.quotes.restoreWorkspaceLines();
    expect(after.overmind.state.quotes.workspace.lines.u1).toMatchObject({ materialId: null, quantity: 3 });
    expect(kept(storage)).toEqual({ u1: { materialId: null, quantity: 3, leadTime: 'standard' } });
  });

  it('removing rows forgets their choices; saving the quote forgets every row’s', async () => {
    const storage = memoryStorage();
    const { overmind } = page(storage, [ready('r1', 'u1'), ready('r2', 'u2')], true, {
      createQuote: async () => ({ ok: true, data: aQuote([], { id: 'q9' }) }),
      addLines: async () => ({ ok: true, data: aLinesChange([aLine()]) }),
    });
    overmind.actions.quotes.setWorkspaceLines({ rowIds: ['r1', 'r2'], changes: { materialId: 'm1' } });
    overmind.actions.quotes.removeWorkspaceRows(['r1']);
    expect(Object.keys(kept(storage))).toEqual(['u2']);
    expect(overmind.state.quotes.workspace.lines.r1).toBeUndefined();
    expect(overmind.state.uploads.ids).toEqual(['r2']);

    expect(await overmind.actions.quotes.saveWorkspaceQuote('Brackets')).toBe('q9');
    expect(storage.items.has(WORKSPACE_LINES_KEY)).toBe(false);
  });
});
