import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One invalid field of a request, e.g. `{ field: 'body.email', message: 'must be an email' }`. */
export interface FieldError {
  field: string;
  message: string;
}

const titles: Record<number, string> = {
  400: 'Invalid request',
  401: 'Not signed in',
  403: 'Forbidden',
  404: 'Not found',
  413: 'Too large',
  429: 'Too many requests',
  502: 'Service unavailable',
};

/** Answers with an RFC 9457 problem+json body carrying a stable `code` and a human `detail`. */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  detail: string,
  errors?: FieldError[],
): Response {
  const body = {
    type: `about:blank#${code}`,
    title: titles[status] ?? 'Error',
    status,
    code,
    detail,
    errors,
  };
  return c.body(JSON.stringify(body), status, { 'content-type': 'application/problem+json' });
}
