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
