import type { OrderTerm as KitOrderTerm, Page, PageQuery } from '@kerf/service-kit';
import type { QuoteRecord, QuoteStatus } from './records.ts';

/** The fields a quote list can be ordered by. */
export const quoteFields = [
  'name',
  'status',
  'valid_until',
  'total_cents',
  'created_at',
  'updated_at',
] as const;

/** One of {@link quoteFields}. */
export type QuoteField = (typeof quoteFields)[number];

/** Which quotes a list includes; absent members do not filter. */
export interface QuoteFilter {
  readonly company_id?: string;
  /** As callers see it: `sent` is sent and still valid, `expired` is sent and past its validity. */
  readonly status?: QuoteStatus;
  /** Case-insensitive substring of the name. */
  readonly search?: string;
  /** Today (`YYYY-MM-DD`), to tell sent from expired quotes. */
  readonly today: string;
}

/** One ordering term: a field, ascending unless `descending`. */
export type OrderTerm = KitOrderTerm<QuoteField>;

/** A filtered, ordered page request; the repository breaks remaining ties by id. */
export type QuoteQuery = PageQuery<QuoteFilter, QuoteField>;

export type { Page } from '@kerf/service-kit';

/** Stored quotes (their totals are kept in step with their lines by {@link QuoteRepository.refreshTotals}). */
export interface QuoteRepository {
  /** A page of quotes matching the query, and how many match in all. */
  list(query: QuoteQuery): Promise<Page<QuoteRecord>>;
  /** The quote, or null. */
  get(id: string): Promise<QuoteRecord | null>;
  /** Stores a new quote. */
  insert(quote: QuoteRecord): Promise<void>;
  /** Replaces the quote's own fields (name, status, dates); totals are left to `refreshTotals`. */
  update(quote: QuoteRecord): Promise<void>;
  /** Removes a quote and its lines. */
  delete(id: string): Promise<void>;
  /** Recomputes totals and costs from the quote's lines, sets `updated_at`, and returns the quote. */
  refreshTotals(id: string, at: string): Promise<QuoteRecord>;
}
