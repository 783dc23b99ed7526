import type { Fail, Refusal, Result } from '@kerf/service-kit';
import { ok, refusal } from '@kerf/service-kit';

export { success } from '@kerf/service-kit';

/** The kinds of refusal a quotes story can give; routes map each kind to one HTTP status. */
export type FailureKind = 'forbidden' | 'not-found' | 'invalid' | 'conflict' | 'unavailable';

/** Why a story refused: a kind, a stable machine code, a human detail and, where it applies, the field. */
export type QuotesFailure = Refusal<FailureKind>;

/** A failed Result carrying a {@link QuotesFailure}. */
export function refuse(kind: FailureKind, code: string, detail: string, field?: string): Fail<QuotesFailure> {
  return refusal(kind, code, detail, field);
}

/** The usual not-found refusal (also for what exists but the caller may not see). */
export function notFound(what: string, field?: string): Fail<QuotesFailure> {
  return refuse('not-found', `${what}-not-found`, `No such ${what}.`, field);
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
