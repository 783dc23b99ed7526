import { replies } from '@kerf/service-kit';
import type { Part, PartRecord } from '../ports/records.ts';
import type { FailureKind } from '../stories/failure.ts';

/** The HTTP status of each kind of parts refusal. */
const statusOf = {
  forbidden: 403,
  'not-found': 404,
  invalid: 400,
  conflict: 409,
  gone: 410,
  unprocessable: 422,
} as const satisfies Record<FailureKind, number>;

/** `reply` answers a story's result, `replyFailure` its refusal as problem+json (naming the field when known). */
export const { reply, replyFailure } = replies<FailureKind>(statusOf);

/** A stored part as the contract shows it: without its blob key, which is a capability. */
export function publicPart(record: PartRecord): Part {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose
  const { blob_key, ...part } = record;
  return part;
}
