import { replies } from '@kerf/service-kit';
import type { FailureKind } from '../stories/failure.ts';

export { noContent } from '@kerf/service-kit';

/** The HTTP status of each kind of catalog refusal. */
const statusOf = { forbidden: 403, 'not-found': 404, invalid: 400, conflict: 409 } as const satisfies Record<
  FailureKind,
  number
>;

/** `reply` answers a story's result, `replyFailure` its refusal as problem+json (400s name their field). */
export const { reply, replyFailure } = replies<FailureKind>(statusOf);
