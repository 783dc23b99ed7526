import type { Fail, Result } from '../result/result.ts';
import { fail, ok } from '../result/result.ts';

/**
 * Why a story refused: a kind (routes map each kind to one HTTP status), a stable machine code, a
 * human detail and, when the story knows it, the field.
 */
export interface Refusal<K extends string = string> {
  readonly kind: K;
  readonly code: string;
  readonly detail: string;
  /** Where the input is wrong, e.g. `body.quality` or `query.ordering`. */
  readonly field?: string;
}

/** A failed Result carrying a {@link Refusal} (without a `field` member when none is given). */
export function refusal<K extends string>(
  kind: K,
  code: string,
  detail: string,
  field?: string,
): Fail<Refusal<K>> {
  return fail(field === undefined ? { kind, code, detail } : { kind, code, detail, field });
}

/** A success typed as a Result that never fails, so that story steps infer their failure type. */
export function success<T>(data: T): Result<T, never> {
  return ok(data);
}
