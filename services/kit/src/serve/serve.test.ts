import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../log/logger.ts';
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

  it('rejects when the port is taken', async () => {
    const first = await serve(new Hono(), { port: 0, signals: [] });
    await expect(serve(new Hono(), { port: first.port, signals: [] })).rejects.toThrow(/EADDRINUSE/);
    await first.close();
  });
});
