import type { OperationRequest, Result } from '@kerf/service-kit';
import { problem } from '@kerf/service-kit';
import type { CatalogFailure, FailureKind } from '../stories/failure.ts';

const statusOf = { forbidden: 403, 'not-found': 404, invalid: 400, conflict: 409 } as const satisfies Record<
  FailureKind,
  number
>;

/** Answers a story's refusal as problem+json (400 failures name their field). */
export function replyFailure<Op>(request: OperationRequest<Op>, failure: CatalogFailure): Response {
  const errors =
    failure.field === undefined ? undefined : [{ field: failure.field, message: failure.detail }];
  return problem(request.c, statusOf[failure.kind], failure.code, failure.detail, errors);
}

/** Answers a story's result: `onOk` for a success, problem+json for a refusal. */
export function reply<Op, T>(
  request: OperationRequest<Op>,
  result: Result<T, CatalogFailure>,
  onOk: (data: T) => Response,
): Response {
  return result.ok ? onOk(result.data) : replyFailure(request, result.reason);
}

/** An empty 204 answer. */
export function noContent<Op>(request: OperationRequest<Op>): Response {
  return request.c.body(null, 204);
}
