import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../log/logger.ts';
import { readinessRoute } from '../readiness/readiness.ts';
import { serve } from './serve.ts';

describe('serve', () => {
  it('listens on loopback, answers, then closes gracefully and calls onClose', async () => {
    const app = new Hono().get('/health', (c) => c.json({ status: 'ok' }));
    const lines: string[] = [];
    let closed = false;
    const running = await serve(app, {
      port: 0,
      signals: [],
      logger: createLogger({ write: (line) => lines.push(line) }),
      onClose: () => {
        closed = true;
      },
    });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${running.url}/health`)).json()).toEqual({ status: 'ok' });
    await running.close();
    await running.close();
    expect(closed).toBe(true);
    await expect(fetch(`${running.url}/health`)).rejects.toThrow();
    expect(lines.map((line) => JSON.parse(line).event)).toEqual(['listening', 'stopped']);
  });

  it('marks itself draining as soon as it starts closing, while a running request finishes', async () => {
    const draining = new AbortController();
    let finish!: () => void;
    const slow = new Promise<void>((resolve) => (finish = resolve));
    const ready = readinessRoute({}, { draining: draining.signal });
    const app = new Hono().get('/slow', async (c) => {
      await slow;
      // Asked now, readiness refuses: the load balancer stops sending here.
      return c.text(String((await ready()).status));
    });
    const running = await serve(app, { port: 0, signals: [], draining });
    expect((await ready()).status).toBe(200);
    const inFlight = fetch(`${running.url}/slow`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = running.close();
    expect(draining.signal.aborted).toBe(true);
    finish();
    expect(await (await inFlight).text()).toBe('503');
    await closed;
  });

  it('rejects when the port is taken', async () => {
    const first = await serve(new Hono(), { port: 0, signals: [] });
    await expect(serve(new Hono(), { port: first.port, signals: [] })).rejects.toThrow(/EADDRINUSE/);
    await first.close();
  });
});
