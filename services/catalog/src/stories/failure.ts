import type { Fail, Result } from '@kerf/service-kit';
import { fail, ok } from '@kerf/service-kit';

/** The kinds of refusal a catalog story can give; routes map each kind to one HTTP status. */
export type FailureKind = 'forbidden' | 'not-found' | 'invalid' | 'conflict';

/** Why a story refused: a kind, a stable machine code, a human detail and, for `invalid`, the field. */
export interface CatalogFailure {
  readonly kind: FailureKind;
  readonly code: string;
  readonly detail: string;
  /** Where the input is wrong, e.g. `body.quality` or `query.ordering`. */
  readonly field?: string;
}

/** A failed Result carrying a {@link CatalogFailure}. */
export function refuse(
  kind: FailureKind,
  code: string,
  detail: string,
  field?: string,
): Fail<CatalogFailure> {
  return fail(field === undefined ? { kind, code, detail } : { kind, code, detail, field });
}

/** The usual not-found refusal. */
export function notFound(what: string): Fail<CatalogFailure> {
  return refuse('not-found', 'not-found', `No such ${what}.`);
}

/** A success typed as a Result that never fails, so that story steps infer their failure type. */
export function success<T>(data: T): Result<T, never> {
  return ok(data);
}
