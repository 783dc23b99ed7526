import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { internalErrorProblem, notFoundProblem } from '../problem/error-handlers.ts';
import { createLogger } from './logger.ts';
import { requestLog } from './request-log.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed JSON bodies
const read = (res: Response): Promise<any> => res.json();

function capture() {
  const lines: string[] = [];
  const logger = createLogger({
    write: (line) => lines.push(line),
    now: () => new Date(0),
    base: { service: 't' },
  });
  return { lines, logger, events: () => lines.map((line) => JSON.parse(line)) };
}

describe('createLogger', () => {
  it('writes one JSON line per event with time, level, event and fields', () => {
    const { lines, logger } = capture();
    logger.child({ requestId: 'r1' }).info('signed-in', { user: 'u1' });
    expect(lines).toEqual([
      '{"time":"1970-01-01T00:00:00.000Z","level":"info","event":"signed-in","service":"t","requestId":"r1","user":"u1"}',
    ]);
  });

  it('never writes passwords, tokens, cookies or authorization headers', () => {
    const { lines, logger } = capture();
    logger.warn('x', {
      password: 'kerf-demo-2026',
      token: 'eyJ',
      nested: { Authorization: 'Bearer eyJ', cookie: 'a' },
    });
    expect(lines[0]).not.toMatch(/kerf-demo-2026|eyJ|Bearer/);
    expect(JSON.parse(lines[0]!).nested).toEqual({ Authorization: '[redacted]', cookie: '[redacted]' });
  });

  it('drops events below the level', () => {
    const lines: string[] = [];
    const logger = createLogger({ write: (line) => lines.push(line), level: 'warn' });
    logger.info('quiet');
    logger.error('loud', { error: new Error('boom') });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).error.message).toBe('boom');
  });
});

describe('requestLog and error handlers', () => {
  it('logs method, path without query, status and duration, and echoes the request id', async () => {
    const { logger, events } = capture();
    const app = new Hono();
    app.use(requestLog(logger));
    app.get('/x', (c) => c.text('hi'));
    const res = await app.request('/x?token=secret', { headers: { 'x-request-id': 'abc' } });
    expect(res.headers.get('x-request-id')).toBe('abc');
    const [event] = events();
    expect(event).toMatchObject({
      event: 'request',
      method: 'GET',
      path: '/x',
      status: 200,
      requestId: 'abc',
    });
    expect(JSON.stringify(event)).not.toContain('secret');
  });

  it('turns thrown errors into a 500 problem and unknown routes into 404', async () => {
    const { logger, events } = capture();
    const app = new Hono();
    app.onError(internalErrorProblem(logger));
    app.notFound(notFoundProblem());
    app.get('/boom', () => {
      throw new Error('db down');
    });
    const boom = await app.request('/boom');
    expect(boom.status).toBe(500);
    expect(await boom.text()).not.toContain('db down');
    expect(events()[0]).toMatchObject({ level: 'error', event: 'unhandled-error', path: '/boom' });
    const missing = await app.request('/nope');
    expect(missing.status).toBe(404);
    expect((await read(missing)).code).toBe('not-found');
  });
});
