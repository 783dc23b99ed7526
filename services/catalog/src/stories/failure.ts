import type { Fail, Refusal } from '@kerf/service-kit';
import { refusal } from '@kerf/service-kit';

export { success } from '@kerf/service-kit';

/** The kinds of refusal a catalog story can give; routes map each kind to one HTTP status. */
export type FailureKind = 'forbidden' | 'not-found' | 'invalid' | 'conflict';

/** Why a story refused: a kind, a stable machine code, a human detail and, for `invalid`, the field. */
export type CatalogFailure = Refusal<FailureKind>;

/** A failed Result carrying a {@link CatalogFailure}. */
export function refuse(
  kind: FailureKind,
  code: string,
  detail: string,
  field?: string,
): Fail<CatalogFailure> {
  return refusal(kind, code, detail, field);
}

/** The usual not-found refusal. */
export function notFound(what: string): Fail<CatalogFailure> {
  return refuse('not-found', 'not-found', `No such ${what}.`);
}
