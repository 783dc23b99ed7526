import type { Fail, Result } from '@kerf/service-kit';
import { fail, ok } from '@kerf/service-kit';

/** The kinds of refusal a parts story can give; routes map each kind to one HTTP status. */
export type FailureKind = 'forbidden' | 'not-found' | 'invalid' | 'conflict' | 'gone' | 'unprocessable';

/** Why a story refused: a kind, a stable machine code, a human detail and, when known, the field. */
export interface PartsFailure {
  readonly kind: FailureKind;
  readonly code: string;
  readonly detail: string;
  /** Where the input is wrong, e.g. `body.company_id` or `query.ordering`. */
  readonly field?: string;
}

/** A failed Result carrying a {@link PartsFailure}. */
export function refuse(kind: FailureKind, code: string, detail: string, field?: string): Fail<PartsFailure> {
  return fail(field === undefined ? { kind, code, detail } : { kind, code, detail, field });
}

/** The refusal for a part that does not exist or that the caller may not see: the same answer. */
export function partNotFound(): Fail<PartsFailure> {
  return refuse('not-found', 'not-found', 'No such part.');
}

/** A success typed as a Result that never fails, so that story steps infer their failure type. */
export function success<T>(data: T): Result<T, never> {
  return ok(data);
}
