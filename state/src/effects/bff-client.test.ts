import { describe, expect, it } from 'vitest';
import { createBffClient } from './bff-client.ts';

function recordingFetch() {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(input instanceof Request ? input : new Request(input, init));
    return new Response(null, { status: 204 });
  };
  return { requests, fetch };
}

describe('createBffClient', () => {
  it('adds X-Kerf-Request: 1 to unsafe methods only', async () => {
    const { requests, fetch } = recordingFetch();
    const client = createBffClient({ baseUrl: 'http://kerf.test', fetch });
    await client.GET('/api/session');
    await client.DELETE('/api/session');
    await client.POST('/api/session', { body: { email: 'a@b.c', password: 'x' } });
    expect(requests.map((r) => [r.method, r.headers.get('X-Kerf-Request')])).toEqual([
      ['GET', null],
      ['DELETE', '1'],
      ['POST', '1'],
    ]);
  });

  it('sends cookies to the same origin only and resolves paths against the base URL', async () => {
    const { requests, fetch } = recordingFetch();
    await createBffClient({ baseUrl: 'http://kerf.test/', fetch }).GET('/api/session');
    expect(requests[0]?.url).toBe('http://kerf.test/api/session');
    expect(requests[0]?.credentials).toBe('same-origin');
  });
});
