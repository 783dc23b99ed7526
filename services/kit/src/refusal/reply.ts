import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { OperationRequest } from '../openapi/handler-types.ts';
import { problem } from '../problem/problem.ts';
import type { Result } from '../result/result.ts';
import type { Refusal } from './refusal.ts';

/** Route helpers that answer a story's Result, bound to a service's map from refusal kind to status. */
export interface Replies<K extends string> {
  /** Answers a story's refusal as problem+json (naming the field in `errors` when the story knows it). */
  replyFailure<Op>(request: OperationRequest<Op>, failure: Refusal<K>): Response;
  /** Answers a story's result: `onOk` for a success, problem+json for a refusal. */
  reply<Op, T>(
    request: OperationRequest<Op>,
    result: Result<T, Refusal<K>>,
    onOk: (data: T) => Response,
  ): Response;
}

/** The {@link Replies} of a service whose refusal kinds answer the statuses of `statusOf`. */
export function replies<K extends string>(statusOf: Readonly<Record<K, ContentfulStatusCode>>): Replies<K> {
  const replyFailure: Replies<K>['replyFailure'] = (request, failure) => {
    const errors =
      failure.field === undefined ? undefined : [{ field: failure.field, message: failure.detail }];
    return problem(request.c, statusOf[failure.kind], failure.code, failure.detail, errors);
  };
  return {
    replyFailure,
    reply: (request, result, onOk) => (result.ok ? onOk(result.data) : replyFailure(request, result.reason)),
  };
}

/** An empty 204 answer. */
export function noContent<Op>(request: OperationRequest<Op>): Response {
  return request.c.body(null, 204);
}
