import type { Context } from '../../config.ts';
import { checkName, checkQuantity, noPartsError, quotesError } from './errors.ts';
import type { NewLine } from './types.ts';

/** The most lines one request may add (the contract's limit). */
const LINES_PER_REQUEST = 250;

/**
 * Saves the workspace's processed parts as a new draft quote: creates the quote, then adds the lines
 * (each with its own part, material, quantity and lead time) in requests of at most 250 lines. Resolves
 * to the new quote's id for the page to open, or null with `quotes.action.error` set.
 */
export const createQuoteFromParts = async (
  { state, effects, actions }: Context,
  { name, lines }: { name: string; lines: NewLine[] },
): Promise<string | null> => {
  const action = state.quotes.action;
  const invalid = checkName(name) ?? lines.map((line) => checkQuantity(line.quantity)).find(Boolean) ?? null;
  if (invalid || lines.length === 0) {
    action.status = 'error';
    action.error = invalid ?? noPartsError();
    return null;
  }
  action.status = 'working';
  action.error = null;
  const created = await effects.quotes.api.createQuote({ name: name.trim() });
  if (!created.ok) {
    action.status = 'error';
    action.error = quotesError(created.problem);
    return null;
  }
  for (let start = 0; start < lines.length; start += LINES_PER_REQUEST) {
    const added = await effects.quotes.api.addLines(
      created.data.id,
      lines.slice(start, start + LINES_PER_REQUEST),
    );
    if (!added.ok) {
      // The quote exists with the lines added so far: open it, and say what went wrong there.
      action.status = 'error';
      action.error = quotesError(added.problem);
      return created.data.id;
    }
  }
  action.status = 'idle';
  void actions.quotes.reloadQuotes();
  return created.data.id;
};
