import { DEFAULT_QUOTE_QUERY, type QuoteQuery, type QuoteStatus } from '@kerf/state';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';

/** The page sizes the Quotes table offers. */
export const QUOTE_PAGE_SIZES = [10, 20, 50, 100];

/** The columns the Quotes table sorts by, as the quotes contract names them. */
export const QUOTE_SORT_KEYS = ['name', 'status', 'valid_until', 'total_cents', 'created_at', 'updated_at'];

/** The statuses a quote can have, in lifecycle order. */
export const QUOTE_STATUSES: QuoteStatus[] = ['draft', 'sent', 'accepted', 'expired'];

const first = (value: LocationQuery[string] | undefined): string | null =>
  (Array.isArray(value) ? value[0] : value) ?? null;

function whole(value: string | null, fallback: number): number {
  const number = value === null || !/^\d+$/.test(value) ? NaN : Number(value);
  return Number.isSafeInteger(number) ? number : fallback;
}

/**
 * The Quotes table state from the URL (`?limit=20&offset=40&ordering=-total_cents&status=draft&search=…`).
 * Anything malformed falls back to the default; unknown or repeated sort keys are dropped.
 */
export function parseQuoteQuery(query: LocationQuery): QuoteQuery {
  const size = whole(first(query.limit), DEFAULT_QUOTE_QUERY.limit);
  const keys = (first(query.ordering) ?? '')
    .split(',')
    .filter((entry) => QUOTE_SORT_KEYS.includes(entry.replace(/^-/, '')));
  const status = first(query.status);
  return {
    limit: QUOTE_PAGE_SIZES.includes(size) ? size : DEFAULT_QUOTE_QUERY.limit,
    offset: whole(first(query.offset), 0),
    ordering: keys.filter(
      (entry, i) => keys.findIndex((e) => e.replace(/^-/, '') === entry.replace(/^-/, '')) === i,
    ),
    status: QUOTE_STATUSES.includes(status as QuoteStatus) ? (status as QuoteStatus) : null,
    search: (first(query.search) ?? '').slice(0, 100),
  };
}

/** The URL query of a Quotes table state; defaults are left out so links stay short. */
export function quoteQueryToLocation(query: QuoteQuery): LocationQueryRaw {
  return {
    ...(query.limit === DEFAULT_QUOTE_QUERY.limit ? {} : { limit: String(query.limit) }),
    ...(query.offset === 0 ? {} : { offset: String(query.offset) }),
    ...(query.ordering.length ? { ordering: query.ordering.join(',') } : {}),
    ...(query.status === null ? {} : { status: query.status }),
    ...(query.search.trim() ? { search: query.search.trim() } : {}),
  };
}
