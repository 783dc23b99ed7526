import type { Context } from '../../config.ts';
import { checkQuantity, quotesError } from './errors.ts';
import type { LineChanges, LinesChange, NewLineOptions } from './types.ts';

/** Takes the quote's new totals and the changed lines into the open quote. */
function apply({ state }: Context, change: LinesChange): void {
  const open = state.quotes.open;
  if (open.id !== change.quote.id) return;
  open.quote = change.quote;
  for (const line of change.lines) {
    if (!open.lines.byId[line.id]) open.lines.ids.push(line.id);
    open.lines.byId[line.id] = line;
  }
}

/** Adds lines for these parts to the open draft, all with the same options; `false` with `bulk.error`. */
export const addLines = async (
  context: Context,
  { partIds, options }: { partIds: string[]; options: NewLineOptions },
): Promise<boolean> => {
  const open = context.state.quotes.open;
  const invalid = checkQuantity(options.quantity);
  if (open.id === null || invalid || partIds.length === 0) {
    if (invalid) open.bulk = { status: 'error', error: invalid };
    return false;
  }
  open.bulk = { status: 'saving', error: null };
  const lines = partIds.map((part_id) => ({ part_id, ...options }));
  const result = await context.effects.quotes.api.addLines(open.id, lines);
  if (!result.ok) {
    open.bulk = { status: 'error', error: quotesError(result.problem) };
    return false;
  }
  apply(context, result.data);
  open.bulk = { status: 'idle', error: null };
  return true;
};

/**
 * Changes one line (material, quantity, lead time, units). A refused change leaves the line's field
 * errors in `lineSaving[lineId].error.fields` (e.g. `quantity`); the line keeps its last saved values.
 */
export const updateLine = async (
  context: Context,
  { lineId, changes }: { lineId: string; changes: LineChanges },
): Promise<boolean> => {
  const open = context.state.quotes.open;
  if (open.id === null) return false;
  const invalid = changes.quantity === undefined ? null : checkQuantity(changes.quantity);
  if (invalid) {
    open.lineSaving[lineId] = { status: 'error', error: invalid };
    return false;
  }
  open.lineSaving[lineId] = { status: 'saving', error: null };
  const result = await context.effects.quotes.api.updateLine(open.id, lineId, { ...changes });
  if (!result.ok) {
    open.lineSaving[lineId] = { status: 'error', error: quotesError(result.problem) };
    return false;
  }
  apply(context, result.data);
  delete open.lineSaving[lineId];
  return true;
};

/** Applies the same changes to the selected lines in one transaction; `bulk.error` when refused. */
export const updateLines = async (
  context: Context,
  { lineIds, changes }: { lineIds: string[]; changes: LineChanges },
): Promise<boolean> => {
  const open = context.state.quotes.open;
  if (open.id === null || lineIds.length === 0 || Object.keys(changes).length === 0) return false;
  const invalid = changes.quantity === undefined ? null : checkQuantity(changes.quantity);
  if (invalid) {
    open.bulk = { status: 'error', error: invalid };
    return false;
  }
  open.bulk = { status: 'saving', error: null };
  const result = await context.effects.quotes.api.updateLines(open.id, [...lineIds], { ...changes });
  if (!result.ok) {
    open.bulk = { status: 'error', error: quotesError(result.problem) };
    return false;
  }
  apply(context, result.data);
  for (const id of lineIds) delete open.lineSaving[id];
  open.bulk = { status: 'idle', error: null };
  return true;
};

/** Removes a line from the open draft. */
export const removeLine = async ({ state, effects }: Context, lineId: string): Promise<boolean> => {
  const open = state.quotes.open;
  if (open.id === null) return false;
  open.lineSaving[lineId] = { status: 'saving', error: null };
  const result = await effects.quotes.api.removeLine(open.id, lineId);
  if (!result.ok) {
    open.lineSaving[lineId] = { status: 'error', error: quotesError(result.problem) };
    return false;
  }
  if (state.quotes.open.id === result.data.id) {
    open.quote = result.data;
    open.lines.ids = open.lines.ids.filter((id) => id !== lineId);
    delete open.lines.byId[lineId];
  }
  delete open.lineSaving[lineId];
  return true;
};

/** Forgets a refused change of the selection. */
export const clearBulkError = ({ state }: Context): void => {
  state.quotes.open.bulk = { status: 'idle', error: null };
};
