import type { OrderTerm } from './parse-order-terms.ts';

/** A filtered, ordered page request over fields `F`; the repository breaks remaining ties by id. */
export interface PageQuery<Filter, F extends string> {
  readonly filter: Filter;
  /** Applied in order. */
  readonly ordering: readonly OrderTerm<F>[];
  readonly limit: number;
  readonly offset: number;
}

/** A page and the number of records matching the filter. */
export interface Page<T> {
  readonly count: number;
  readonly items: readonly T[];
}
