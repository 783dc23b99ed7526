import type { LeadTime, MaterialOption, PricePreview, QuoteLine, QuoteQuery, QuoteSummary } from './types.ts';

/** Where a list or a quote stands; `idle` means no page shows it (live changes then do nothing). */
export type QuoteLoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Why a quotes call failed, for the page to translate by `code`. */
export interface QuotesError {
  /**
   * A stable code: `invalid-input`, `quote-read-only`, `invalid-transition`, `part-not-found`,
   * `material-not-found`, `not-found`, `forbidden`, `session-expired`, `unavailable`, `network`,
   * `unexpected`.
   */
  code: string;
  /** An English fallback message (the service's detail when it gave one). */
  message: string;
  /** Messages per field (`quantity`, `name`, ...), from problem+json `errors` (`body.quantity` -> `quantity`). */
  fields: Record<string, string>;
}

/** A change in flight and its outcome. */
export interface SavingState {
  status: 'idle' | 'saving' | 'error';
  error: QuotesError | null;
}

/** The Quotes list page. */
export interface QuoteListState {
  query: QuoteQuery;
  /** The page's ids, in the server's order. */
  ids: string[];
  byId: Record<string, QuoteSummary>;
  /** How many quotes match in all. */
  count: number;
  status: QuoteLoadStatus;
  error: QuotesError | null;
  /** Increments per request, so that only the latest answer is shown. */
  request: number;
}

/** The quote open in the editor. */
export interface OpenQuoteState {
  /** The id asked for; `null` when no quote is open. */
  id: string | null;
  /** The quote without its lines (totals, status, view); `null` until loaded. */
  quote: QuoteSummary | null;
  /** The lines, in position order. */
  lines: { ids: string[]; byId: Record<string, QuoteLine> };
  status: QuoteLoadStatus;
  /** Why loading failed (e.g. `not-found` after a deletion). */
  error: QuotesError | null;
  /** Quote-level changes (rename, status); field errors by field name. */
  saving: SavingState;
  /** Per-line changes, by line id: saving, and the field errors of the last refused change. */
  lineSaving: Record<string, SavingState>;
  /** A change applied to a selection of lines. */
  bulk: SavingState;
  request: number;
}

/** A quote-level action (create, duplicate, delete) and its outcome. */
export interface QuoteActionState {
  status: 'idle' | 'working' | 'error';
  error: QuotesError | null;
}

/** The quotes namespace's state. */
export interface QuotesState {
  list: QuoteListState;
  open: OpenQuoteState;
  action: QuoteActionState;
  /** The materials a line may use (the pickers' choices), in quality, name and thickness order. */
  materials: {
    ids: string[];
    byId: Record<string, MaterialOption>;
    status: QuoteLoadStatus;
    /** Why the last load failed; `null` when it did not. */
    error: QuotesError | null;
  };
  /** The upload workspace's rows as lines to be: options and live prices, by upload row id. */
  workspace: { lines: Record<string, WorkspaceLine> };
}

/**
 * Where a workspace row's price stands: `idle` (no material), `waiting` (a material, but the part is
 * not processed yet), `loading` (asked; the latest request wins), `ready` (priced, or blocked by the
 * problems in `preview.problems`), `error` (the preview failed).
 */
export type WorkspacePriceStatus = 'idle' | 'waiting' | 'loading' | 'ready' | 'error';

/** A workspace row's options as a line to be, and its price preview. */
export interface WorkspaceLine {
  materialId: string | null;
  /** The last valid quantity (an invalid one leaves `errors.quantity` and keeps this). */
  quantity: number;
  leadTime: LeadTime;
  /** Messages of the last refused change, by field (`quantity`). */
  errors: Record<string, string>;
  price: {
    status: WorkspacePriceStatus;
    /** Increments per request, so that only the latest answer is kept. */
    request: number;
    /** The latest answer; kept while a new one loads. */
    preview: PricePreview | null;
    error: QuotesError | null;
  };
}

/** The Quotes page's query before the URL says otherwise. */
export const DEFAULT_QUOTE_QUERY: QuoteQuery = {
  limit: 20,
  offset: 0,
  ordering: [],
  status: null,
  search: '',
};

/** How long bursts of quote changes settle before the shown data is fetched again. */
export const QUOTES_RELOAD_MS = 300;

/** How long a workspace row's options settle before its price is asked for. */
export const PREVIEW_DELAY_MS = 250;

/** How many price previews run at once (a bulk change over 1,000 rows queues the rest). */
export const PREVIEW_CONCURRENCY = 6;

/** The largest quantity of a line the contract accepts. */
export const MAX_QUANTITY = 100000;

/** No quote open. */
export function emptyOpenQuote(): OpenQuoteState {
  return {
    id: null,
    quote: null,
    lines: { ids: [], byId: {} },
    status: 'idle',
    error: null,
    saving: { status: 'idle', error: null },
    lineSaving: {},
    bulk: { status: 'idle', error: null },
    request: 0,
  };
}

/** A fresh quotes state. */
export function createQuotesState(): QuotesState {
  return {
    list: {
      query: { ...DEFAULT_QUOTE_QUERY, ordering: [] },
      ids: [],
      byId: {},
      count: 0,
      status: 'idle',
      error: null,
      request: 0,
    },
    open: emptyOpenQuote(),
    action: { status: 'idle', error: null },
    materials: { ids: [], byId: {}, status: 'idle', error: null },
    workspace: { lines: {} },
  };
}
