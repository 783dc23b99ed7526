import { Hono } from 'hono';
import type { Server } from '@tus/server';
import type { Session } from '../ports/session-store.ts';
import type { UploadRegistry } from '../ports/upload-registry.ts';
import type { SessionVariables } from '../middleware/session/index.ts';
import { problem } from '../problem.ts';

const batchPattern = /^[A-Za-z0-9_-]{8,64}$/;
const uploadIdPattern = /^[0-9a-f]{32}$/;

/** What the uploads routes need. */
export interface UploadRouteDeps {
  tus: Server;
  registry: UploadRegistry;
  /** Remembers the session of a request for the tus hooks. */
  attach(request: Request, session: Session): void;
}

/**
 * `/api/uploads`: the tus endpoint (only for signed-in users, and only on their own uploads: anyone
 * else's upload id answers 404) and the batch progress reads.
 */
export function uploadRoutes(deps: UploadRouteDeps): Hono<{ Variables: SessionVariables }> {
  const app = new Hono<{ Variables: SessionVariables }>();

  app.get('/batches', async (c) => c.json({ items: await deps.registry.batches(c.get('session').user.id) }));

  app.get('/batches/:batch', async (c) => {
    const batch = c.req.param('batch');
    const sinceText = c.req.query('since') ?? '0';
    const errors = [];
    if (!batchPattern.test(batch))
      errors.push({ field: 'path.batch', message: 'must be 8 to 64 letters, digits, - or _' });
    if (!/^\d{1,15}$/.test(sinceText))
      errors.push({ field: 'query.since', message: 'must be a non-negative integer' });
    if (errors.length > 0) return problem(c, 400, 'invalid-input', 'Check the request.', errors);
    const userId = c.get('session').user.id;
    // Someone else's batch (or none) is not found, exactly like a batch that does not exist.
    if (!(await deps.registry.hasBatch(userId, batch)))
      return problem(c, 404, 'not-found', 'There is no such batch.');
    const changed = await deps.registry.changedSince(userId, batch, Number(sinceText));
    c.header('cache-control', 'no-store');
    return c.json({ batch, ...changed });
  });

  const tus = async (c: { req: { raw: Request }; get(key: 'session'): Session }) => {
    deps.attach(c.req.raw, c.get('session'));
    return deps.tus.handleWeb(c.req.raw);
  };
  app.post('/', (c) => tus(c));
  // Hono answers HEAD with the GET route (and drops the body): GET stands for tus's HEAD here.
  app.on(['GET', 'PATCH', 'DELETE'], '/:id', async (c) => {
    const id = c.req.param('id');
    const record = uploadIdPattern.test(id) ? await deps.registry.get(id) : null;
    if (!record || record.user_id !== c.get('session').user.id) {
      return problem(c, 404, 'not-found', 'There is no such upload.');
    }
    const response = await tus(c);
    if (c.req.method === 'DELETE' && response.status === 204) await deps.registry.remove(id);
    return response;
  });
  app.options('*', (c) => tus(c));
  return app;
}
