import { createKerfOvermind, type KerfOvermind, type User } from '@kerf/state';
import { createFakeCatalog } from './fake-catalog.ts';
import { createFakeEvents } from './fake-event-source.ts';

/** A demo user of the fake BFF. */
export const ADA: User = {
  id: 'u-admin',
  email: 'ada@kerf.test',
  name: 'Ada Lovelace',
  role: 'admin',
  company: { id: 'c-kerf', name: 'Kerf Laser' },
};

/** A customer engineer of the fake BFF (external: public materials only). */
export const ALICE: User = {
  id: 'u-alice',
  email: 'alice@acme.test',
  name: 'Alice Martin',
  role: 'external',
  company: { id: 'c-acme', name: 'Acme' },
};

/** The one password the fake BFF accepts. */
export const PASSWORD = 'correct horse';

const problem = (status: number, code: string, errors: { field: string; message: string }[] = []) =>
  Response.json(
    { type: 'about:blank', title: code, status, code, errors },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );

/**
 * An in-memory BFF speaking the session contract, forwarding `/api/catalog` to a fake catalog and
 * answering the quotes service's material options from it,
 * recording every request it gets; `events` drives the live change feed.
 */
export function createFakeBff(options: { signedIn?: boolean; user?: User } = {}) {
  const user = options.user ?? ADA;
  let session: User | null = options.signedIn ? user : null;
  const requests: { method: string; path: string; header: string | null }[] = [];
  const catalog = createFakeCatalog();
  const events = createFakeEvents();
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const path = new URL(request.url).pathname;
    requests.push({ method: request.method, path, header: request.headers.get('X-Kerf-Request') });
    if (path.startsWith('/api/catalog/'))
      return session ? catalog.handle(request, session) : problem(401, 'unauthorized');
    if (path === '/api/quotes/material-options') {
      // The quotes service's choices: the active materials that have cutting parameters.
      const items = catalog.materials
        .filter(
          (m) =>
            m.is_active &&
            catalog.parameters.some((p) => p.quality === m.quality && p.thickness === m.thickness),
        )
        .map(({ id, name, quality, thickness, density }) => ({ id, name, quality, thickness, density }));
      return session ? Response.json({ count: items.length, items }) : problem(401, 'unauthorized');
    }
    if (path.startsWith('/api/quotes/')) return problem(404, 'not-found');
    if (request.method === 'GET')
      return session ? Response.json({ user: session }) : problem(401, 'unauthorized');
    if (request.method === 'DELETE') {
      session = null;
      return new Response(null, { status: 204 });
    }
    const body = (await request.json()) as { email: string; password: string };
    if (!body.email.includes('@')) {
      return problem(400, 'invalid-input', [{ field: 'body.email', message: 'must match format "email"' }]);
    }
    if (body.email !== user.email || body.password !== PASSWORD) return problem(401, 'wrong-credentials');
    session = user;
    return Response.json({ user });
  };
  const overmind: KerfOvermind = createKerfOvermind({
    baseUrl: 'http://kerf.test',
    fetch,
    eventSource: events.factory,
  });
  return { overmind, requests, catalog, events };
}
