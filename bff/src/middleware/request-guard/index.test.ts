import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { requestGuard } from './index.ts';

function appCountingChanges() {
  const app = new Hono();
  let changes = 0;
  app.use(requestGuard());
  app.all('/thing', (c) => {
    if (c.req.method !== 'GET') changes += 1;
    return c.json({ changes });
  });
  return { app, changes: () => changes };
}

const own = 'http://localhost';
const origins = { same: own, evil: 'https://evil.example', none: undefined } as const;
const sites = { 'same-origin': 'same-origin', 'cross-site': 'cross-site', absent: undefined } as const;
const types = {
  form: 'application/x-www-form-urlencoded',
  text: 'text/plain',
  json: 'application/json',
  none: undefined,
} as const;

describe('requestGuard (CSRF matrix)', () => {
  for (const [originName, origin] of Object.entries(origins)) {
    for (const [siteName, site] of Object.entries(sites)) {
      for (const [typeName, type] of Object.entries(types)) {
        for (const withHeader of [true, false]) {
          const sameOrigin = origin === own || (origin === undefined && site !== 'cross-site');
          const allowed = withHeader && sameOrigin;
          it(`POST origin=${originName} site=${siteName} type=${typeName} header=${withHeader}: ${allowed ? 'allowed' : '403'}`, async () => {
            const { app, changes } = appCountingChanges();
            const headers: Record<string, string> = {};
            if (origin) headers.origin = origin;
            if (site) headers['sec-fetch-site'] = site;
            if (type) headers['content-type'] = type;
            if (withHeader) headers['x-kerf-request'] = '1';
            const res = await app.request(`${own}/thing`, { method: 'POST', headers, body: 'a=1' });
            expect(res.status).toBe(allowed ? 200 : 403);
            expect(changes()).toBe(allowed ? 1 : 0);
            if (!allowed) {
              expect(res.headers.get('content-type')).toBe('application/problem+json');
              expect(((await res.json()) as { code: string }).code).toMatch(
                /missing-request-header|cross-origin/,
              );
            }
          });
        }
      }
    }
  }

  it('lets GET through without the header and GET changes nothing', async () => {
    const { app, changes } = appCountingChanges();
    const res = await app.request(`${own}/thing`, { headers: { origin: origins.evil } });
    expect(res.status).toBe(200);
    expect(changes()).toBe(0);
  });

  it('refuses a header with another value than 1', async () => {
    const { app } = appCountingChanges();
    const res = await app.request(`${own}/thing`, { method: 'DELETE', headers: { 'x-kerf-request': 'yes' } });
    expect(res.status).toBe(403);
  });
});
