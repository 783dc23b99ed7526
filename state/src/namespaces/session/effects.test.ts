import { describe, expect, it } from 'vitest';
import { createBffClient } from '../../effects/bff-client.ts';
import { createSessionApi, type User } from './effects.ts';

const user: User = {
  id: 'u1',
  email: 'ada@kerf.test',
  name: 'Ada Admin',
  role: 'admin',
  company: { id: 'c1', name: 'Kerf Laser' },
};

function apiAnswering(respond: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request);
    return respond(request);
  };
  return { requests, api: createSessionApi(createBffClient({ baseUrl: 'http://kerf.test', fetch })) };
}

const json = (body: unknown, status = 200, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('session API', () => {
  it('loads the signed-in user', async () => {
    const { api, requests } = apiAnswering(() => json({ user }));
    expect(await api.load()).toEqual({ ok: true, data: user });
    expect(requests[0]?.method).toBe('GET');
  });

  it('reports 401 as a problem when nobody is signed in', async () => {
    const problem = { type: 'about:blank', title: 'Unauthorized', status: 401, code: 'unauthenticated' };
    const { api } = apiAnswering(() => json(problem, 401, 'application/problem+json'));
    expect(await api.load()).toEqual({ ok: false, problem: { ...problem, errors: [] } });
  });

  it('signs in with a JSON body and the request header', async () => {
    const { api, requests } = apiAnswering(() => json({ user }));
    expect(await api.signIn({ email: 'ada@kerf.test', password: 'pw' })).toEqual({ ok: true, data: user });
    const request = requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.headers.get('X-Kerf-Request')).toBe('1');
    expect(await request.json()).toEqual({ email: 'ada@kerf.test', password: 'pw' });
  });

  it('passes field errors of a 400 through', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Invalid input',
      status: 400,
      code: 'invalid-input',
      errors: [{ field: 'body.email', message: 'must match format "email"' }],
    };
    const { api } = apiAnswering(() => json(problem, 400, 'application/problem+json'));
    expect(await api.signIn({ email: 'nope', password: 'pw' })).toEqual({ ok: false, problem });
  });

  it('signs out with DELETE', async () => {
    const { api, requests } = apiAnswering(() => new Response(null, { status: 204 }));
    expect(await api.signOut()).toEqual({ ok: true, data: null });
    expect(requests[0]?.method).toBe('DELETE');
    expect(requests[0]?.headers.get('X-Kerf-Request')).toBe('1');
  });

  it('turns a non-problem error body into a problem', async () => {
    const { api } = apiAnswering(
      () => new Response('Bad gateway', { status: 502, statusText: 'Bad Gateway' }),
    );
    const result = await api.load();
    expect(result).toMatchObject({ ok: false, problem: { status: 502, code: 'http-502' } });
  });

  it('turns a network failure into a problem instead of throwing', async () => {
    const { api } = apiAnswering(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await api.signOut()).toMatchObject({ ok: false, problem: { status: 0, code: 'network' } });
  });
});
