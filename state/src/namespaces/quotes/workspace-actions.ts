import type { Context } from '../../config.ts';
import { checkQuantity, quotesError } from './errors.ts';
import type { LeadTime, NewLine } from './types.ts';
import { keepLines, newLine, readyPart, schedulePrice } from './workspace-lines.ts';

/** Options to set on workspace rows; a field left out keeps each row's own. */
export interface WorkspaceLineChanges {
  materialId?: string | null;
  /** `null` (an empty field) or anything but a whole number from 1 is refused next to the field. */
  quantity?: number | null;
  leadTime?: LeadTime;
}

/**
 * Sets material, quantity or lead time on workspace rows (one row, or the selection in bulk) and
 * re-prices them; the changed rows' options are kept across a reload. A quantity that is not a whole number from 1 to 100,000 is refused on each row
 * (`errors.quantity`), which keeps its last valid quantity and price; the other fields still apply.
 */
export const setWorkspaceLines = (
  context: Context,
  { rowIds, changes }: { rowIds: string[]; changes: WorkspaceLineChanges },
): void => {
  const lines = context.state.quotes.workspace.lines;
  const refused = changes.quantity === undefined ? null : checkQuantity(changes.quantity);
  const kept: string[] = [];
  for (const rowId of rowIds) {
    const line = (lines[rowId] ??= newLine());
    let changed = false;
    if (changes.materialId !== undefined && changes.materialId !== line.materialId) {
      line.materialId = changes.materialId;
      changed = true;
    }
    if (changes.leadTime !== undefined && changes.leadTime !== line.leadTime) {
      line.leadTime = changes.leadTime;
      changed = true;
    }
    if (changes.quantity !== undefined) {
      if (refused) line.errors = { ...line.errors, quantity: refused.fields.quantity! };
      else {
        if (line.errors.quantity) line.errors = {};
        if (changes.quantity !== line.quantity) {
          line.quantity = changes.quantity!;
          changed = true;
        }
      }
    }
    if (!changed) continue;
    schedulePrice(context, rowId);
    kept.push(rowId);
  }
  if (kept.length > 0) keepLines(context, kept);
};

/**
 * Prices one workspace row through the quotes service's price preview (a few at a time). Only the
 * answer to the row's latest request is kept; an older one arriving late is dropped.
 */
export const priceWorkspaceLine = async (context: Context, rowId: string): Promise<void> => {
  const { state, effects } = context;
  const line = state.quotes.workspace.lines[rowId];
  const partId = readyPart(context, rowId);
  if (!line || line.materialId === null || partId === null) return;
  const request = line.price.request;
  const body = {
    part_id: partId,
    material_id: line.materialId,
    quantity: line.quantity,
    lead_time: line.leadTime,
  };
  const result = await effects.quotes.previewSlots.run(async () =>
    // A row changed again while it waited for a slot: its newer request will ask.
    line.price.request === request ? effects.quotes.api.previewPrice(body) : null,
  );
  const now = state.quotes.workspace.lines[rowId];
  if (result === null || !now || now.price.request !== request) return;
  now.price = result.ok
    ? { status: 'ready', request, preview: result.data, error: null }
    : { status: 'error', request, preview: now.price.preview, error: quotesError(result.problem) };
};

/**
 * Prices the rows that waited for their part (or whose file failed and was retried): call when parts
 * finish processing.
 */
export const priceWaitingLines = (context: Context): void => {
  for (const [rowId, line] of Object.entries(context.state.quotes.workspace.lines)) {
    const unpriced =
      line.price.status === 'waiting' || (line.price.status === 'idle' && line.materialId !== null);
    if (unpriced && readyPart(context, rowId) !== null) schedulePrice(context, rowId);
  }
};

/** Asks again for the price of a row whose preview failed. */
export const retryWorkspacePrice = (context: Context, rowId: string): void => {
  schedulePrice(context, rowId);
};

/** The new lines the workspace would save: processed rows with a material, in row order. */
function workspaceNewLines(context: Context): NewLine[] {
  const { state } = context;
  const lines: NewLine[] = [];
  for (const rowId of state.uploads.ids) {
    const line = state.quotes.workspace.lines[rowId];
    const partId = line?.materialId ? readyPart(context, rowId) : null;
    if (!line?.materialId || partId === null) continue;
    lines.push({
      part_id: partId,
      material_id: line.materialId,
      quantity: line.quantity,
      lead_time: line.leadTime,
    });
  }
  return lines;
}

/**
 * Saves the workspace as a new draft quote: one line per processed row with a material, with that
 * row's material, quantity and lead time. Resolves the new quote's id (the page opens it), or `null`
 * with `quotes.action.error` set.
 */
export const saveWorkspaceQuote = async (context: Context, name: string): Promise<string | null> => {
  const lines = workspaceNewLines(context);
  const id = await context.actions.quotes.createQuoteFromParts({ name, lines });
  if (id !== null && context.state.quotes.action.status === 'idle') {
    context.state.quotes.workspace.lines = {};
    context.effects.quotes.workspaceMemory.clear();
  }
  return id;
};
