import { describe, expect, it } from 'vitest';
import { createQuotesClient, quoteExportUrl } from '../../effects/quotes-client.ts';
import { createQuotesApi } from './effects.ts';
import { aLinesChange, aQuote } from './testing.ts';

function recordingFetch(answer: () => Response) {
  const requests: { method: string; url: string; header: string | null; body: unknown }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const text = await request.text();
    requests.push({
      method: request.method,
      url: request.url,
      header: request.headers.get('X-Kerf-Request'),
      body: text ? JSON.parse(text) : null,
    });
    return answer();
  };
  return { requests, fetch };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('quotes API', () => {
  it('lists with the query string, leaving out empty filters', async () => {
    const { requests, fetch } = recordingFetch(() => json({ view: 'external', count: 0, items: [] }));
    const api = createQuotesApi(createQuotesClient({ baseUrl: 'http://kerf.test', fetch }));
    const page = await api.listQuotes({
      limit: 20,
      offset: 40,
      ordering: ['-total_cents', 'name'],
      status: 'sent',
      search: ' br ',
    });
    await api.listQuotes({ limit: 10, offset: 0, ordering: [], status: null, search: '' });
    expect(page).toEqual({ ok: true, data: { view: 'external', count: 0, items: [] } });
    expect(requests.map((r) => r.url)).toEqual([
      'http://kerf.test/api/quotes/quotes?limit=20&offset=40&ordering=-total_cents%2Cname&status=sent&search=br',
      'http://kerf.test/api/quotes/quotes?limit=10&offset=0',
    ]);
    expect(requests[0]?.header).toBeNull();
  });

  it('calls every operation at its path with the request header on unsafe methods', async () => {
    const { requests, fetch } = recordingFetch(() => json(aLinesChange([])));
    const api = createQuotesApi(createQuotesClient({ baseUrl: 'http://kerf.test', fetch }));
    await api.createQuote({ name: 'A' });
    await api.getQuote('q1');
    await api.updateQuote('q1', { status: 'sent' });
    await api.duplicateQuote('q1');
    await api.addLines('q1', [{ part_id: 'p1', material_id: 'm1', quantity: 2, lead_time: 'standard' }]);
    await api.updateLine('q1', 'l1', { quantity: 5 });
    await api.updateLines('q1', ['l1', 'l2'], { lead_time: 'express' });
    await api.removeLine('q1', 'l1');
    await api.previewPrice({ part_id: 'p1', material_id: 'm1', quantity: 1, lead_time: 'standard' });
    expect(
      requests.map((r) => [r.method, r.url.replace('http://kerf.test/api/quotes', ''), r.header, r.body]),
    ).toEqual([
      ['POST', '/quotes', '1', { name: 'A' }],
      ['GET', '/quotes/q1', null, null],
      ['PATCH', '/quotes/q1', '1', { status: 'sent' }],
      ['POST', '/quotes/q1/duplicate', '1', null],
      [
        'POST',
        '/quotes/q1/lines',
        '1',
        { lines: [{ part_id: 'p1', material_id: 'm1', quantity: 2, lead_time: 'standard' }] },
      ],
      ['PATCH', '/quotes/q1/lines/l1', '1', { quantity: 5 }],
      ['PATCH', '/quotes/q1/lines', '1', { line_ids: ['l1', 'l2'], changes: { lead_time: 'express' } }],
      ['DELETE', '/quotes/q1/lines/l1', '1', null],
      [
        'POST',
        '/price-preview',
        '1',
        { part_id: 'p1', material_id: 'm1', quantity: 1, lead_time: 'standard' },
      ],
    ]);
  });

  it('deletes with 204 as null and answers problems as results, never throwing', async () => {
    let answer = () => new Response(null, { status: 204 });
    const { fetch } = recordingFetch(() => answer());
    const api = createQuotesApi(createQuotesClient({ baseUrl: 'http://kerf.test', fetch }));
    expect(await api.deleteQuote('q1')).toEqual({ ok: true, data: null });
    answer = () =>
      new Response(JSON.stringify({ type: 'x', title: 'Read-only', status: 409, code: 'quote-read-only' }), {
        status: 409,
        headers: { 'content-type': 'application/problem+json' },
      });
    const refused = await api.deleteQuote('q1');
    expect(refused.ok ? null : refused.problem.code).toBe('quote-read-only');
    const offline = createQuotesApi(
      createQuotesClient({
        baseUrl: 'http://kerf.test',
        fetch: () => Promise.reject(new TypeError('offline')),
      }),
    );
    const lost = await offline.getQuote('q1');
    expect(lost.ok ? null : lost.problem.code).toBe('network');
  });

  it('reads a quote in the caller view', async () => {
    const { fetch } = recordingFetch(() => json(aQuote()));
    const api = createQuotesApi(createQuotesClient({ baseUrl: 'http://kerf.test', fetch }));
    const result = await api.getQuote('q1');
    expect(result.ok && result.data.lines[0]?.id).toBe('l1');
  });

  it('builds export URLs', () => {
    expect(quoteExportUrl('q 1', 'pdf')).toBe('/api/quotes/quotes/q%201/export.pdf');
    expect(quoteExportUrl('q1', 'csv', 'http://kerf.test/')).toBe(
      'http://kerf.test/api/quotes/quotes/q1/export.csv',
    );
  });
});
