import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { testRequest } from './test-request.ts';

/** Echoes what a request carried. */
const echo = new Hono().all('/echo', async (c) =>
  c.json({
    method: c.req.method,
    authorization: c.req.header('authorization') ?? null,
    contentType: c.req.header('content-type') ?? null,
    body: await c.req.text(),
  }),
);

describe('testRequest', () => {
  it('sends a bearer token and a JSON body', async () => {
    const res = await testRequest(echo, 'POST', '/echo', { token: 'abc', body: { a: 1 } });
    expect(await res.json()).toEqual({
      method: 'POST',
      authorization: 'Bearer abc',
      contentType: 'application/json',
      body: '{"a":1}',
    });
  });

  it('sends a string body as it is, and no token or body when none is given', async () => {
    const raw = await testRequest(echo, 'PUT', '/echo', { body: '{not json' });
    expect(await raw.json()).toMatchObject({
      authorization: null,
      contentType: 'application/json',
      body: '{not json',
    });
    const bare = await testRequest(echo, 'GET', '/echo', { token: null });
    expect(await bare.json()).toEqual({ method: 'GET', authorization: null, contentType: null, body: '' });
  });
});
