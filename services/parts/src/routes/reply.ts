import type { OperationRequest, Result } from '@kerf/service-kit';
import { problem } from '@kerf/service-kit';
import type { Part, PartRecord } from '../ports/records.ts';
import type { FailureKind, PartsFailure } from '../stories/failure.ts';

const statusOf = {
  forbidden: 403,
  'not-found': 404,
  invalid: 400,
  conflict: 409,
  gone: 410,
  unprocessable: 422,
} as const satisfies Record<FailureKind, number>;

/** Answers a story's refusal as problem+json (naming the field when the story knows it). */
export function replyFailure<Op>(request: OperationRequest<Op>, failure: PartsFailure): Response {
  const errors =
    failure.field === undefined ? undefined : [{ field: failure.field, message: failure.detail }];
  return problem(request.c, statusOf[failure.kind], failure.code, failure.detail, errors);
}

/** Answers a story's result: `onOk` for a success, problem+json for a refusal. */
export function reply<Op, T>(
  request: OperationRequest<Op>,
  result: Result<T, PartsFailure>,
  onOk: (data: T) => Response,
): Response {
  return result.ok ? onOk(result.data) : replyFailure(request, result.reason);
}

/** A stored part as the contract shows it: without its blob key, which is a capability. */
export function publicPart(record: PartRecord): Part {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose
  const { blob_key, ...part } = record;
  return part;
}
