import type { Fail, Result } from '@kerf/service-kit';
import { fail, ok } from '@kerf/service-kit';

/** The kinds of refusal a quotes story can give; routes map each kind to one HTTP status. */
export type FailureKind = 'forbidden' | 'not-found' | 'invalid' | 'conflict' | 'unavailable';

/** Why a story refused: a kind, a stable machine code, a human detail and, where it applies, the field. */
export interface QuotesFailure {
  readonly kind: FailureKind;
  readonly code: string;
  readonly detail: string;
  /** Where the input is wrong, e.g. `body.lines[2].part_id` or `query.ordering`. */
  readonly field?: string;
}

/** A failed Result carrying a {@link QuotesFailure}. */
export function refuse(kind: FailureKind, code: string, detail: string, field?: string): Fail<QuotesFailure> {
  return fail(field === undefined ? { kind, code, detail } : { kind, code, detail, field });
}

/** The usual not-found refusal (also for what exists but the caller may not see). */
export function notFound(what: string, field?: string): Fail<QuotesFailure> {
  return refuse('not-found', `${what}-not-found`, `No such ${what}.`, field);
}

/** A success typed as a Result that never fails, so that story steps infer their failure type. */
export function success<T>(data: T): Result<T, never> {
  return ok(data);
}

/**
 * Runs work that calls another service; a rejection (unreachable, unexpected answer) becomes a 503
 * refusal, so that nothing is saved half-way and the caller can retry.
 */
export async function guarded<T>(
  work: () => Promise<T>,
  onError?: (error: unknown) => void,
): Promise<Result<T, QuotesFailure>> {
  try {
    return ok(await work());
  } catch (error) {
    onError?.(error);
    return refuse(
      'unavailable',
      'upstream-unavailable',
      'The catalog or parts service did not answer; try again.',
    );
  }
}
