import type { Context } from '../../config.ts';
import { PREVIEW_DELAY_MS, type WorkspaceLine } from './state.ts';
import type { KeptLine } from './workspace-memory.ts';

/** A row's line before any choice: no material, quantity 1, standard lead time. */
export function newLine(): WorkspaceLine {
  return {
    materialId: null,
    quantity: 1,
    leadTime: 'standard',
    errors: {},
    price: { status: 'idle', request: 0, preview: null, error: null },
  };
}

/** The processed part of a workspace row, or `null` while it uploads, processes or after it failed. */
export function readyPart({ state }: Context, rowId: string): string | null {
  const row = state.uploads.byId[rowId];
  if (row?.status !== 'ready') return null;
  const part = state.parts.byId[row.partId];
  return part && part.status !== 'ready' ? null : row.partId;
}

/**
 * Asks for a row's price once its options have settled: nothing without a material or for a failed
 * file, `waiting` until
 * its part is processed, else `loading` with a new request number (earlier answers are then dropped).
 */
export function schedulePrice(context: Context, rowId: string): void {
  const line = context.state.quotes.workspace.lines[rowId];
  if (!line) return;
  // No price without a material, nor for a file that failed (nothing to price until it is retried).
  if (line.materialId === null || context.state.uploads.byId[rowId]?.status === 'failed') {
    line.price = { status: 'idle', request: line.price.request + 1, preview: null, error: null };
    return;
  }
  if (readyPart(context, rowId) === null) {
    line.price = { ...line.price, status: 'waiting', request: line.price.request + 1, error: null };
    return;
  }
  line.price.status = 'loading';
  line.price.request += 1;
  line.price.error = null;
  context.effects.quotes.previewTimers.debounce(`price:${rowId}`, PREVIEW_DELAY_MS, () => {
    void context.actions.quotes.priceWorkspaceLine(rowId);
  });
}

/** The key a row's options are kept under: its server upload id once it has one, else its row id. */
export function keptKey({ state }: Pick<Context, 'state'>, rowId: string): string {
  return state.uploads.byId[rowId]?.uploadId ?? rowId;
}

/**
 * Keeps these rows' options across a reload (one storage write): under the row's upload id once it
 * has one (then its row-id entry is forgotten), a row without a material and with the defaults is
 * forgotten rather than kept.
 */
export function keepLines(context: Context, rowIds: string[]): void {
  const lines = context.state.quotes.workspace.lines;
  const changes: Record<string, KeptLine | null> = {};
  for (const rowId of rowIds) {
    const line = lines[rowId];
    const key = keptKey(context, rowId);
    if (key !== rowId) changes[rowId] = null;
    const plain = !line || (line.materialId === null && line.quantity === 1 && line.leadTime === 'standard');
    changes[key] = plain
      ? null
      : { materialId: line.materialId, quantity: line.quantity, leadTime: line.leadTime };
  }
  context.effects.quotes.workspaceMemory.write(changes);
}
