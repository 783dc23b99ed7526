import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { Session } from '../ports/session-store.ts';
import type { ServiceTokens } from '../service-tokens.ts';
import { forwardRoutes, upstreamUrl, type UpstreamFetch } from './forward.ts';

describe('upstreamUrl', () => {
  const base = 'http://127.0.0.1:8102';
  it('joins the base and the rest with the query', () => {
    expect(upstreamUrl(base, '/materials', '?limit=5')).toBe('http://127.0.0.1:8102/materials?limit=5');
    expect(upstreamUrl('http://127.0.0.1:9/v1/', '/a/b', '')).toBe('http://127.0.0.1:9/v1/a/b');
  });
  it.each([
    '/..%2F..%2Fetc',
    '/%2e%2e/admin',
    '/../x',
    '/a/../../x',
    '//evil.example/x',
    '/a\\b',
    '/x%00',
    '/%5c%5cevil',
    'evil.example',
    '@evil.example/x',
  ])('refuses %s', (rest) => {
    expect(upstreamUrl(base, rest, '')).toBeNull();
  });
});

function stack() {
  const seen: { url: string; authorization: string | null; body: string }[] = [];
  const service = new Hono();
  service.all('*', async (c) => {
    seen.push({
      url: c.req.url,
      authorization: c.req.header('authorization') ?? null,
      body: await c.req.text(),
    });
    return c.json({ ok: true, path: new URL(c.req.url).pathname }, 201, {
      'set-cookie': 'x=1',
      'x-internal': 'y',
    });
  });
  const upstream: UpstreamFetch = (url, init) => Promise.resolve(service.request(url, init));
  const tokens: ServiceTokens = { tokenFor: async (_s, audience) => `token-for-${audience}` };
  const session: Session = {
    key: 'k',
    identityToken: 'id',
    expiresAt: Date.now() + 60_000,
    user: { id: 'u', email: 'a@b.c', name: 'A', role: 'external', company: { id: 'c', name: 'C' } },
  };
  const app = new Hono<{ Variables: { session: Session } }>();
  app.use((c, next) => {
    c.set('session', session);
    return next();
  });
  app.route('/api', forwardRoutes({ services: { catalog: 'http://127.0.0.1:8102' }, tokens, upstream }));
  return { app, seen };
}

describe('forwardRoutes', () => {
  it('forwards to the allowlisted service with a token for its audience and keeps the body', async () => {
    const { app, seen } = stack();
    const res = await app.request('http://localhost/api/catalog/materials?limit=2', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer from-browser',
        cookie: 'kerf_session=s',
      },
      body: '{"name":"S235"}',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ ok: true, path: '/materials' });
    expect(seen).toEqual([
      {
        url: 'http://127.0.0.1:8102/materials?limit=2',
        authorization: 'Bearer token-for-catalog',
        body: '{"name":"S235"}',
      },
    ]);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('x-internal')).toBeNull();
  });

  it('answers 404 for a service that is not allowlisted, and for traversal', async () => {
    const { app, seen } = stack();
    for (const path of [
      '/api/evil/x',
      '/api/constructor/x',
      '/api/catalog/..%2F..%2Fadmin',
      '/api/catalog/%2e%2e/x',
    ]) {
      const res = await app.request(`http://localhost${path}`);
      expect(res.status, path).toBe(404);
    }
    expect(seen).toHaveLength(0);
  });

  it('answers 502 problem+json when the service is down', async () => {
    const tokens: ServiceTokens = { tokenFor: async () => 't' };
    const app = new Hono<{ Variables: { session: Session } }>();
    app.use((c, next) => {
      c.set('session', {} as Session);
      return next();
    });
    const upstream: UpstreamFetch = () => Promise.reject(new Error('ECONNREFUSED'));
    app.route('/api', forwardRoutes({ services: { parts: 'http://127.0.0.1:1' }, tokens, upstream }));
    const res = await app.request('http://localhost/api/parts/parts');
    expect(res.status).toBe(502);
    expect(((await res.json()) as { code: string }).code).toBe('service-unavailable');
  });
});
