import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../log/logger.ts';
import { openSqlite } from '../db/open-sqlite.ts';
import { checkReadiness, databaseCheck, readinessRoute } from './readiness.ts';

/** A Hono app serving only the readiness route, as a service mounts it. */
function appWith(...args: Parameters<typeof readinessRoute>) {
  return new Hono().get('/health/ready', readinessRoute(...args));
}

describe('readinessRoute', () => {
  it('answers 200 with every check ok, never cached', async () => {
    const db = await openSqlite(':memory:');
    const res = await appWith({ database: databaseCheck(db), storage: async () => 'reachable' }).request(
      '/health/ready',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ status: 'ready', checks: { database: 'ok', storage: 'ok' } });
    await db.destroy();
  });

  it('answers 503 problem+json naming a closed database, without its error message', async () => {
    const db = await openSqlite(':memory:');
    // Kysely only closes a database it has used: a service's has run its migrations.
    expect(await checkReadiness({ database: databaseCheck(db) })).toMatchObject({ ready: true });
    await db.destroy();
    const lines: string[] = [];
    const app = appWith(
      { database: databaseCheck(db), storage: async () => undefined },
      { logger: createLogger({ write: (line) => lines.push(line) }) },
    );
    const res = await app.request('/health/ready');
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await res.text();
    expect(JSON.parse(body)).toEqual({
      type: 'urn:kerf:problem:not-ready',
      title: 'Service Unavailable',
      status: 503,
      code: 'not-ready',
      detail: 'Not ready: database (failed).',
      checks: { database: 'failed', storage: 'ok' },
    });
    expect(body).not.toMatch(/destroyed/i);
    expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([
      expect.objectContaining({ event: 'not-ready', checks: { database: 'failed', storage: 'ok' } }),
    ]);
  });

  it('names a check that does not answer in time as a timeout, and aborts it', async () => {
    let aborted = false;
    const hang = (signal: AbortSignal) =>
      new Promise<void>((resolve) => signal.addEventListener('abort', () => ((aborted = true), resolve())));
    const res = await appWith({ storage: hang }, { timeoutMs: 20 }).request('/health/ready');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      detail: 'Not ready: storage (timeout).',
      checks: { storage: 'timeout' },
    });
    expect(aborted).toBe(true);
  });

  it('answers 503 without running the checks once the process drains', async () => {
    const draining = new AbortController();
    let ran = 0;
    const app = appWith({ database: async () => void (ran += 1) }, { draining: draining.signal });
    expect((await app.request('/health/ready')).status).toBe(200);
    draining.abort();
    const res = await app.request('/health/ready');
    expect(res.status).toBe(503);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toMatchObject({
      code: 'not-ready',
      detail: 'Not ready: shutting down.',
      checks: {},
    });
    expect(ran).toBe(1);
  });

  it('counts a check that throws synchronously as failed', async () => {
    const report = await checkReadiness({
      signing_key: () => {
        throw new Error('no key');
      },
    });
    expect(report).toEqual({ ready: false, checks: { signing_key: 'failed' } });
  });
});
