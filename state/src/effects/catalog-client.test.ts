import { describe, expect, it } from 'vitest';
import { createCatalogClient } from './catalog-client.ts';

function recordingFetch() {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(input instanceof Request ? input : new Request(input, init));
    return new Response(null, { status: 204 });
  };
  return { requests, fetch };
}

describe('createCatalogClient', () => {
  it('reaches the catalog under /api/catalog with same-origin cookies', async () => {
    const { requests, fetch } = recordingFetch();
    await createCatalogClient({ baseUrl: 'http://kerf.test/', fetch }).GET('/qualities');
    expect(requests[0]?.url).toBe('http://kerf.test/api/catalog/qualities');
    expect(requests[0]?.credentials).toBe('same-origin');
  });

  it('shares the BFF client middleware: X-Kerf-Request: 1 on unsafe methods only', async () => {
    const { requests, fetch } = recordingFetch();
    const client = createCatalogClient({ baseUrl: 'http://kerf.test', fetch });
    const at = { params: { path: { id: 'm1' } } };
    await client.GET('/materials/{id}', at);
    await client.PATCH('/materials/{id}', { ...at, body: { name: 'S235' } });
    await client.POST('/materials/{id}/deactivate', at);
    await client.DELETE('/materials/{id}', at);
    expect(requests.map((r) => [r.method, r.headers.get('X-Kerf-Request')])).toEqual([
      ['GET', null],
      ['PATCH', '1'],
      ['POST', '1'],
      ['DELETE', '1'],
    ]);
  });
});
