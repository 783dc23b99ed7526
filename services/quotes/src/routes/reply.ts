import type { OperationRequest, Result } from '@kerf/service-kit';
import { problem } from '@kerf/service-kit';
import type { FailureKind, QuotesFailure } from '../stories/failure.ts';

const statusOf = {
  forbidden: 403,
  'not-found': 404,
  invalid: 400,
  conflict: 409,
  unavailable: 503,
} as const satisfies Record<FailureKind, number>;

/** Answers a story's refusal as problem+json (refusals about a field name it in `errors`). */
export function replyFailure<Op>(request: OperationRequest<Op>, failure: QuotesFailure): Response {
  const errors =
    failure.field === undefined ? undefined : [{ field: failure.field, message: failure.detail }];
  return problem(request.c, statusOf[failure.kind], failure.code, failure.detail, errors);
}

/** Answers a story's result: `onOk` for a success, problem+json for a refusal. */
export function reply<Op, T>(
  request: OperationRequest<Op>,
  result: Result<T, QuotesFailure>,
  onOk: (data: T) => Response,
): Response {
  return result.ok ? onOk(result.data) : replyFailure(request, result.reason);
}
