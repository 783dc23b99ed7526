import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Where and why one part of a request is invalid, e.g. `{ field: 'body.email', message: 'is required' }`. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** An RFC 9457 problem detail as every Kerf service writes it. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: string;
  readonly detail?: string;
  readonly errors?: readonly FieldError[];
}

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  411: 'Length Required',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** Builds a problem body; `type` is a stable URN derived from the machine code. */
export function problemBody(
  status: number,
  code: string,
  detail?: string,
  errors?: readonly FieldError[],
): Problem {
  return {
    type: `urn:kerf:problem:${code}`,
    title: titles[status] ?? 'Error',
    status,
    code,
    ...(detail === undefined ? {} : { detail }),
    ...(errors === undefined ? {} : { errors }),
  };
}

/** Answers with an `application/problem+json` response. */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  detail?: string,
  errors?: readonly FieldError[],
): Response {
  return c.body(JSON.stringify(problemBody(status, code, detail, errors)), status, {
    'content-type': 'application/problem+json',
  });
}
