import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { problem, problemBody } from './problem.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed JSON bodies
const read = (res: Response): Promise<any> => res.json();

describe('problem', () => {
  it('answers application/problem+json with the RFC 9457 members and the field errors', async () => {
    const app = new Hono().get('/', (c) =>
      problem(c, 400, 'invalid-input', 'The request is invalid.', [
        { field: 'body.email', message: 'is required' },
      ]),
    );
    const res = await app.request('/');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await read(res)).toEqual({
      type: 'urn:kerf:problem:invalid-input',
      title: 'Bad Request',
      status: 400,
      code: 'invalid-input',
      detail: 'The request is invalid.',
      errors: [{ field: 'body.email', message: 'is required' }],
    });
  });

  it('leaves out detail and errors when not given', () => {
    expect(problemBody(403, 'forbidden')).toEqual({
      type: 'urn:kerf:problem:forbidden',
      title: 'Forbidden',
      status: 403,
      code: 'forbidden',
    });
  });
});
