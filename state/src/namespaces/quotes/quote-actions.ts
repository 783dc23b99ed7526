import type { Context } from '../../config.ts';
import { checkName, quotesError } from './errors.ts';
import { emptyOpenQuote } from './state.ts';
import type { FullQuote, QuoteChanges } from './types.ts';

/** Keeps a quote with its lines as the open quote. */
function show({ state }: Context, data: FullQuote): void {
  const open = state.quotes.open;
  const { lines, ...summary } = data;
  open.id = data.id;
  open.quote = summary;
  open.lines = {
    ids: lines.map((line) => line.id),
    byId: Object.fromEntries(lines.map((line) => [line.id, line])),
  };
  open.status = 'ready';
  open.error = null;
}

/**
 * Opens a quote with its lines. `silent` (live refresh) keeps the shown quote while the new one loads;
 * only the latest request's answer is kept.
 */
export const openQuote = async (
  context: Context,
  { id, silent = false }: { id: string; silent?: boolean },
): Promise<void> => {
  const { state, effects } = context;
  const open = state.quotes.open;
  if (open.id !== id) state.quotes.open = { ...emptyOpenQuote(), request: open.request };
  const current = state.quotes.open;
  current.id = id;
  current.request += 1;
  const request = current.request;
  if (!silent || current.status !== 'ready') current.status = 'loading';
  const result = await effects.quotes.api.getQuote(id);
  if (request !== state.quotes.open.request) return;
  if (!result.ok) {
    current.status = 'error';
    current.error = quotesError(result.problem);
    return;
  }
  show(context, result.data);
};

/** Fetches the open quote again, keeping it shown meanwhile; a no-op when none is open. */
export const reloadQuote = async ({ state, actions }: Context): Promise<void> => {
  const { id, status } = state.quotes.open;
  if (id === null || status === 'idle') return;
  await actions.quotes.openQuote({ id, silent: true });
};

/** The editor is gone: forget the open quote and drop late answers. */
export const closeQuote = ({ state }: Context): void => {
  state.quotes.open = { ...emptyOpenQuote(), request: state.quotes.open.request + 1 };
};

/** Creates an empty draft; resolves its id (the page navigates to it), or `null` with `action.error`. */
export const createQuote = async (
  { state, effects, actions }: Context,
  name: string,
): Promise<string | null> => {
  const action = state.quotes.action;
  const invalid = checkName(name);
  if (invalid) {
    action.status = 'error';
    action.error = invalid;
    return null;
  }
  action.status = 'working';
  action.error = null;
  const result = await effects.quotes.api.createQuote({ name: name.trim() });
  if (!result.ok) {
    action.status = 'error';
    action.error = quotesError(result.problem);
    return null;
  }
  action.status = 'idle';
  void actions.quotes.reloadQuotes();
  return result.data.id;
};

async function changeQuote(context: Context, changes: QuoteChanges): Promise<boolean> {
  const { state, effects } = context;
  const open = state.quotes.open;
  if (open.id === null) return false;
  open.saving = { status: 'saving', error: null };
  const result = await effects.quotes.api.updateQuote(open.id, changes);
  if (!result.ok) {
    open.saving = { status: 'error', error: quotesError(result.problem) };
    return false;
  }
  if (state.quotes.open.id === result.data.id) show(context, result.data);
  open.saving = { status: 'idle', error: null };
  return true;
}

/** Renames the open draft; a blank or refused name leaves `saving.error.fields.name`. */
export const renameQuote = async (context: Context, name: string): Promise<boolean> => {
  const invalid = checkName(name);
  if (invalid) {
    context.state.quotes.open.saving = { status: 'error', error: invalid };
    return false;
  }
  return changeQuote(context, { name: name.trim() });
};

/** Sends the open draft (draft -> sent): it becomes read-only. */
export const sendQuote = (context: Context): Promise<boolean> => changeQuote(context, { status: 'sent' });

/** Accepts the open sent quote (sent -> accepted). */
export const acceptQuote = (context: Context): Promise<boolean> =>
  changeQuote(context, { status: 'accepted' });

/** Forgets a refused quote-level change (e.g. when the rename is cancelled). */
export const clearQuoteError = ({ state }: Context): void => {
  state.quotes.open.saving = { status: 'idle', error: null };
  state.quotes.action = { status: 'idle', error: null };
};

/** Copies a quote into a new draft; resolves the copy's id (the page navigates to it) or `null`. */
export const duplicateQuote = async ({ state, effects }: Context, id: string): Promise<string | null> => {
  const action = state.quotes.action;
  action.status = 'working';
  action.error = null;
  const result = await effects.quotes.api.duplicateQuote(id);
  if (!result.ok) {
    action.status = 'error';
    action.error = quotesError(result.problem);
    return null;
  }
  action.status = 'idle';
  return result.data.id;
};

/** Deletes a draft (the page asks first); the open quote and the list forget it. */
export const deleteQuote = async ({ state, effects, actions }: Context, id: string): Promise<boolean> => {
  const action = state.quotes.action;
  action.status = 'working';
  action.error = null;
  const result = await effects.quotes.api.deleteQuote(id);
  if (!result.ok) {
    action.status = 'error';
    action.error = quotesError(result.problem);
    return false;
  }
  action.status = 'idle';
  if (state.quotes.open.id === id) actions.quotes.closeQuote();
  await actions.quotes.reloadQuotes();
  return true;
};
