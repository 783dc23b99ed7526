/** Anything that answers requests in process, such as a Hono app. */
export interface RequestTarget {
  request(path: string, init: RequestInit): Response | Promise<Response>;
}

/**
 * Sends a request to an app in process as a test caller: with `Authorization: Bearer <token>` when a
 * token is given, and a JSON body when a body is given (a string is sent as it is, so tests can send
 * malformed JSON).
 */
export async function testRequest(
  app: RequestTarget,
  method: string,
  path: string,
  options: { readonly token?: string | null; readonly body?: unknown } = {},
): Promise<Response> {
  const { token, body } = options;
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return app.request(path, {
    method,
    headers,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}
