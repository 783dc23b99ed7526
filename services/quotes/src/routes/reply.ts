import { replies } from '@kerf/service-kit';
import type { FailureKind } from '../stories/failure.ts';

/** The HTTP status of each kind of quotes refusal. */
const statusOf = {
  forbidden: 403,
  'not-found': 404,
  invalid: 400,
  conflict: 409,
  unavailable: 503,
} as const satisfies Record<FailureKind, number>;

/** `reply` answers a story's result, `replyFailure` its refusal as problem+json (naming the field in `errors`). */
export const { reply, replyFailure } = replies<FailureKind>(statusOf);
