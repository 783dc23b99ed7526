import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { EventHub } from '../events/event-hub.ts';
import type { SessionVariables } from '../middleware/session/index.ts';

/** `/api/events`: server-sent events of the changes the signed-in user may see. */
export function eventRoutes(hub: EventHub, heartbeatMs = 15_000): Hono<{ Variables: SessionVariables }> {
  const app = new Hono<{ Variables: SessionVariables }>();
  app.get('/', (c) => {
    const user = c.get('session').user;
    c.header('cache-control', 'no-store');
    c.header('x-accel-buffering', 'no');
    return streamSSE(c, async (stream) => {
      const unsubscribe = hub.subscribe(user, (event) => {
        void stream.writeSSE({ id: event.id, event: 'change', data: JSON.stringify(event) });
      });
      await stream.writeSSE({ event: 'ready', data: '{}' });
      const closed = new Promise<void>((resolve) => stream.onAbort(resolve));
      while (!stream.aborted && !stream.closed) {
        await Promise.race([closed, stream.sleep(heartbeatMs)]);
        if (!stream.aborted) await stream.write(': heartbeat\n\n');
      }
      unsubscribe();
    });
  });
  return app;
}
