import { afterEach, describe, expect, it } from 'vitest';
import { bffWithIdentity } from '../testing/bff-with-identity.ts';

const unsafe = { 'x-kerf-request': '1', 'content-type': 'application/json' };
const signInBody = (email: string, password: string) => JSON.stringify({ email, password });
let close: () => Promise<unknown> = async () => {};
afterEach(() => close());

async function setup(options: Parameters<typeof bffWithIdentity>[0] = {}) {
  const bff = await bffWithIdentity(options);
  close = bff.close;
  const signIn = (email: string, password = 'kerf-demo-2026') =>
    bff.app.request('http://localhost/api/session', {
      method: 'POST',
      headers: unsafe,
      body: signInBody(email, password),
    });
  const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { ...bff, signIn, cookieOf };
}

describe('POST /api/session', () => {
  it.each(['admin@kerf.test', 'estimator@kerf.test', 'alice@acme.test', 'bob@nordic.test'])(
    'signs %s in with an HttpOnly SameSite=Strict cookie and no token in the body',
    async (email) => {
      const { signIn } = await setup();
      const res = await signIn(email);
      expect(res.status).toBe(200);
      const body = await res.text();
      expect(JSON.parse(body).user.email).toBe(email);
      expect(body).not.toMatch(/eyJ|token/);
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^kerf_session=[\w-]{43};/);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
      expect(cookie).not.toContain('Secure');
    },
  );

  it('uses Secure and the __Host- prefix when served over HTTPS', async () => {
    const { signIn } = await setup({ secure: true });
    const cookie = (await signIn('alice@acme.test')).headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-kerf_session=/);
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('Path=/');
  });

  it('answers the same 401 for an unknown user and a wrong password', async () => {
    const { signIn } = await setup();
    const unknown = await signIn('nobody@kerf.test', 'whatever-password');
    const wrong = await signIn('alice@acme.test', 'not-the-password');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    expect(await unknown.json()).toEqual(await wrong.json());
    expect(unknown.headers.get('set-cookie')).toBeNull();
  });

  it.each([
    ['a missing password', { email: 'alice@acme.test' }, 'body.password'],
    ['a missing email', { password: 'x' }, 'body.email'],
    ['a number as email', { email: 42, password: 'x' }, 'body.email'],
    ['an email without @', { email: 'alice', password: 'x' }, 'body.email'],
    ['an unknown field', { email: 'alice@acme.test', password: 'x', role: 'admin' }, 'body.role'],
  ])('answers 400 naming the field for %s', async (_what, body, field) => {
    const { app } = await setup();
    const res = await app.request('http://localhost/api/session', {
      method: 'POST',
      headers: unsafe,
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { code: string; errors: { field: string }[] };
    expect(problem.code).toBe('invalid-input');
    expect(problem.errors.map((e) => e.field)).toContain(field);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const { app } = await setup();
    const res = await app.request('http://localhost/api/session', {
      method: 'POST',
      headers: unsafe,
      body: 'email=a',
    });
    expect(res.status).toBe(400);
  });

  it('refuses sign-in without the request header (403)', async () => {
    const { app } = await setup();
    const res = await app.request('http://localhost/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: signInBody('alice@acme.test', 'kerf-demo-2026'),
    });
    expect(res.status).toBe(403);
  });

  it('slows down password guessing with 429 after 10 failures', async () => {
    const { signIn } = await setup();
    for (let i = 0; i < 10; i += 1) expect((await signIn('bob@nordic.test', `guess-${i}`)).status).toBe(401);
    expect((await signIn('bob@nordic.test')).status).toBe(429);
  });
});

describe('GET and DELETE /api/session', () => {
  it('tells who is signed in, and sign-out makes the old cookie useless', async () => {
    const { app, signIn, cookieOf } = await setup();
    const cookie = cookieOf(await signIn('estimator@kerf.test'));
    const who = await app.request('http://localhost/api/session', { headers: { cookie } });
    expect(who.status).toBe(200);
    expect(((await who.json()) as { user: { role: string } }).user.role).toBe('internal');
    const out = await app.request('http://localhost/api/session', {
      method: 'DELETE',
      headers: { cookie, 'x-kerf-request': '1' },
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/kerf_session=;/);
    expect((await app.request('http://localhost/api/session', { headers: { cookie } })).status).toBe(401);
  });

  it('answers 401 for no cookie, a tampered cookie and an expired session', async () => {
    let now = Date.now();
    const { app, signIn, cookieOf } = await setup({ clock: () => now });
    const cookie = cookieOf(await signIn('alice@acme.test'));
    const tampered = cookie.slice(0, -2) + (cookie.endsWith('AA') ? 'BB' : 'AA');
    const variants: Record<string, string>[] = [
      {},
      { cookie: tampered },
      { cookie: 'kerf_session=' + 'x'.repeat(500) },
    ];
    for (const headers of variants) {
      expect((await app.request('http://localhost/api/session', { headers })).status).toBe(401);
    }
    now += 13 * 3_600_000;
    expect((await app.request('http://localhost/api/session', { headers: { cookie } })).status).toBe(401);
  });

  it('requires a session for forwarded service calls and for the event stream', async () => {
    const { app } = await setup();
    expect((await app.request('http://localhost/api/catalog/materials')).status).toBe(401);
    expect((await app.request('http://localhost/api/events')).status).toBe(401);
  });
});
