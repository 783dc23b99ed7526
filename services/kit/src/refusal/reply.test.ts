import type { Context } from 'hono';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { OperationRequest } from '../openapi/handler-types.ts';
import type { Result } from '../result/result.ts';
import { ok } from '../result/result.ts';
import type { Refusal } from './refusal.ts';
import { refusal } from './refusal.ts';
import { noContent, replies } from './reply.ts';

type Kind = 'forbidden' | 'invalid' | 'unavailable';
const { reply, replyFailure } = replies<Kind>({ forbidden: 403, invalid: 400, unavailable: 503 });

/** Answers GET / with what `answer` makes of a request carrying only the Hono context. */
function appAnswering(answer: (request: OperationRequest<unknown>) => Response): Hono {
  return new Hono().get('/', (c: Context) => answer({ c } as OperationRequest<unknown>));
}

describe('replies', () => {
  it('answers a refusal as problem+json with the status of its kind', async () => {
    const res = await appAnswering((r) =>
      replyFailure(r, refusal('forbidden', 'forbidden', 'Only the shop.').reason),
    ).request('/');
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toEqual({
      type: 'urn:kerf:problem:forbidden',
      title: 'Forbidden',
      status: 403,
      code: 'forbidden',
      detail: 'Only the shop.',
    });
  });

  it('names the field of a refusal in `errors`', async () => {
    const failure: Refusal<Kind> = refusal(
      'invalid',
      'invalid-input',
      'Cannot order by "x".',
      'query.ordering',
    ).reason;
    const res = await appAnswering((r) => replyFailure(r, failure)).request('/');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      code: 'invalid-input',
      errors: [{ field: 'query.ordering', message: 'Cannot order by "x".' }],
    });
  });

  it('answers a success through onOk and a failure as a problem', async () => {
    const answer = (result: Result<number, Refusal<Kind>>) =>
      appAnswering((r) => reply(r, result, (n) => r.c.json({ n }, 201))).request('/');
    const done = await answer(ok(7));
    expect(done.status).toBe(201);
    expect(await done.json()).toEqual({ n: 7 });
    const refused = await answer(refusal('unavailable', 'upstream-unavailable', 'Try again.'));
    expect(refused.status).toBe(503);
  });

  it('answers an empty 204', async () => {
    const res = await appAnswering((r) => noContent(r)).request('/');
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
  });
});
