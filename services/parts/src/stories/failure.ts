import type { Fail, Refusal } from '@kerf/service-kit';
import { refusal } from '@kerf/service-kit';

export { success } from '@kerf/service-kit';

/** The kinds of refusal a parts story can give; routes map each kind to one HTTP status. */
export type FailureKind = 'forbidden' | 'not-found' | 'invalid' | 'conflict' | 'gone' | 'unprocessable';

/** Why a story refused: a kind, a stable machine code, a human detail and, when known, the field. */
export type PartsFailure = Refusal<FailureKind>;

/** A failed Result carrying a {@link PartsFailure}. */
export function refuse(kind: FailureKind, code: string, detail: string, field?: string): Fail<PartsFailure> {
  return refusal(kind, code, detail, field);
}

/** The refusal for a part that does not exist or that the caller may not see: the same answer. */
export function partNotFound(): Fail<PartsFailure> {
  return refuse('not-found', 'not-found', 'No such part.');
}
