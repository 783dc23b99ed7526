import { createDebouncer, type Debouncer } from '../../effects/debouncer.ts';
import { createLimiter, type Limiter } from '../../effects/limiter.ts';
import type { QuotesClient } from '../../effects/quotes-client.ts';
import * as actions from './actions.ts';
import { createQuotesApi, type QuotesApi } from './effects.ts';
import { createQuotesState, PREVIEW_CONCURRENCY } from './state.ts';
import { createWorkspaceMemory, type WorkspaceMemory } from './workspace-memory.ts';

export { createQuotesApi, quoteListParams, type QuotesApi } from './effects.ts';
export { checkQuantity, quoteFieldName, quotesError } from './errors.ts';
export {
  DEFAULT_QUOTE_QUERY,
  MAX_QUANTITY,
  PREVIEW_CONCURRENCY,
  PREVIEW_DELAY_MS,
  QUOTES_RELOAD_MS,
  type OpenQuoteState,
  type QuoteActionState,
  type QuoteListState,
  type QuoteLoadStatus,
  type QuotesError,
  type QuotesState,
  type SavingState,
  type WorkspaceLine,
  type WorkspacePriceStatus,
} from './state.ts';
export type * from './types.ts';
export type { WorkspaceLineChanges } from './workspace-actions.ts';
export {
  createWorkspaceMemory,
  WORKSPACE_LINES_KEY,
  type KeptLine,
  type WorkspaceMemory,
} from './workspace-memory.ts';

/** The quotes namespace's effects: the quotes service, and the pacing of the workspace's price previews. */
export interface QuotesEffects {
  api: QuotesApi;
  /** Lets a row's options settle before its price is asked for (one key per row). */
  previewTimers: Debouncer;
  /** Keeps a few previews in flight at a time. */
  previewSlots: Limiter;
  /** The workspace rows' options, kept across a reload (web storage). */
  workspaceMemory: WorkspaceMemory;
}

function webStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Storage can be disabled by the browser's privacy settings.
  }
}

/** The quotes namespace: the Quotes list, the open quote and its lines, kept live; the workspace's lines. */
export function createQuotesNamespace(client: QuotesClient) {
  const effects: QuotesEffects = {
    api: createQuotesApi(client),
    previewTimers: createDebouncer(),
    previewSlots: createLimiter(PREVIEW_CONCURRENCY),
    workspaceMemory: createWorkspaceMemory(webStorage()),
  };
  return { state: createQuotesState(), actions, effects };
}
