import type { components } from '@kerf/openapi/bff';

/** An RFC 9457 problem as the BFF sends it. */
export type Problem = components['schemas']['Problem'];

/** The outcome of an effect: data, or a problem; never thrown. */
export type Result<T> = { ok: true; data: T } | { ok: false; problem: Problem };

/** A problem for a request that never got an answer (offline, DNS, aborted). */
export function networkProblem(error: unknown): Problem {
  return {
    type: 'about:blank',
    title: 'Network error',
    status: 0,
    code: 'network',
    detail: error instanceof Error ? error.message : String(error),
    errors: [],
  };
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'code' in value;
}

/** Turns whatever an error response carried (problem+json, text, nothing) into a problem. */
export function toProblem(body: unknown, response: Response): Problem {
  if (isProblem(body)) return { ...body, errors: body.errors ?? [] };
  return {
    type: 'about:blank',
    title: response.statusText || 'Request failed',
    status: response.status,
    code: `http-${response.status}`,
    detail: typeof body === 'string' ? body : '',
    errors: [],
  };
}

/** Runs a call and turns thrown network errors (offline, aborted) into a problem. */
export async function settle<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await call();
  } catch (error) {
    return { ok: false, problem: networkProblem(error) };
  }
}

/** An openapi-fetch answer as a `Result`: `map` turns the success body into the effect's data. */
export function toResult<D, T>(
  answer: { data?: D; error?: unknown; response: Response },
  map: (data: D) => T,
): Result<T> {
  return answer.response.ok
    ? { ok: true, data: map(answer.data as D) }
    : { ok: false, problem: toProblem(answer.error, answer.response) };
}
