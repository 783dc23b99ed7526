import { describe, expect, it } from 'vitest';
import { createBffClient } from '../../effects/bff-client.ts';
import { createUploadsApi } from './api.ts';

function api(respond: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request);
    return respond(request);
  };
  return { requests, api: createUploadsApi(createBffClient({ baseUrl: 'http://kerf.test', fetch })) };
}

describe('uploads API', () => {
  it('reads a batch since a version', async () => {
    const body = { batch: 'batch-0001', version: 7, items: [] };
    const { api: uploads, requests } = api(() => Response.json(body));
    expect(await uploads.readBatch('batch-0001', 3)).toEqual({ ok: true, data: body });
    expect(requests[0]?.url).toBe('http://kerf.test/api/uploads/batches/batch-0001?since=3');
  });

  it('lists the batches with unfinished uploads', async () => {
    const items = [{ batch: 'batch-0001', unfinished: 2, total: 5, created_at: '2026-01-01T00:00:00Z' }];
    const { api: uploads, requests } = api(() => Response.json({ items }));
    expect(await uploads.listBatches()).toEqual({ ok: true, data: items });
    expect(new URL(requests[0]!.url).pathname).toBe('/api/uploads/batches');
  });

  it('turns errors and network failures into problems', async () => {
    const problem = { type: 'about:blank', title: 'Unauthorized', status: 401, code: 'unauthenticated' };
    const { api: signedOut } = api(() =>
      Response.json(problem, { status: 401, headers: { 'content-type': 'application/problem+json' } }),
    );
    expect(await signedOut.listBatches()).toMatchObject({ ok: false, problem: { status: 401 } });
    const { api: odd } = api(() => Response.json({ user: { id: 'u1' } }));
    expect(await odd.listBatches()).toMatchObject({ ok: false, problem: { code: 'invalid-answer' } });
    expect(await odd.readBatch('batch-0001', 0)).toMatchObject({
      ok: false,
      problem: { code: 'invalid-answer' },
    });
    const { api: offline } = api(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await offline.readBatch('batch-0001', 0)).toMatchObject({
      ok: false,
      problem: { code: 'network' },
    });
  });
});
