import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workedPlateDxf } from '../testing/dxf.ts';
import type { Caller, Json, TestQuotes } from '../testing/test-quotes.ts';
import { callers, openTestQuotes } from '../testing/test-quotes.ts';

let t: TestQuotes;
let material: string;
let acmePart: string;
beforeAll(async () => {
  t = await openTestQuotes();
  material = await t.material('mild-steel', 3);
  acmePart = await t.addPart('acme', workedPlateDxf());
});
afterAll(() => t.close());

async function create(caller: Caller, body: Record<string, unknown>): Promise<Json> {
  const answer = await t.op('createQuote', caller, 'POST', '/quotes', body);
  expect(answer.status).toBe(201);
  return answer.body;
}

async function withLine(caller: Caller, name: string): Promise<Json> {
  const quote = await create(caller, { name });
  const added = await t.op('addQuoteLines', caller, 'POST', `/quotes/${quote.id}/lines`, {
    lines: [{ part_id: acmePart, material_id: material, quantity: 10 }],
  });
  expect(added.status).toBe(201);
  return quote;
}

describe('createQuote and getQuote', () => {
  it('creates an empty EUR draft for the caller company, valid for 30 days', async () => {
    const quote = await create(callers.alice, { name: '  Brackets  ' });
    expect(quote).toMatchObject({
      company_id: 'acme',
      name: 'Brackets',
      status: 'draft',
      currency: 'EUR',
      created_by: 'alice',
      view: 'external',
      lines: [],
      totals: { total_cents: 0, line_count: 0, blocked_line_count: 0 },
    });
    const days = (Date.parse(quote.valid_until) - Date.parse(quote.created_at.slice(0, 10))) / 86_400_000;
    expect(days).toBe(30);
    const read = await t.op('getQuote', callers.alice, 'GET', `/quotes/${quote.id}`);
    expect(read).toEqual({ status: 200, body: quote });
  });

  it('lets the shop quote for a customer it names', async () => {
    const quote = await create(callers.estimator, { name: 'For Nordic', company_id: 'nordic' });
    expect(quote).toMatchObject({ company_id: 'nordic', view: 'internal', created_by: 'estimator' });
    const bobSees = await t.op('getQuote', callers.bob, 'GET', `/quotes/${quote.id}`);
    expect(bobSees.status).toBe(200);
  });

  it('refuses an external caller naming a company, ids or unknown fields (mass assignment)', async () => {
    const named = await t.op<Json>('createQuote', callers.alice, 'POST', '/quotes', {
      name: 'x',
      company_id: 'nordic',
    });
    expect(named.status).toBe(403);
    expect(named.body.code).toBe('forbidden-field');
    const own = await t.op('createQuote', callers.alice, 'POST', '/quotes', {
      name: 'x',
      company_id: 'acme',
    });
    expect(own.status).toBe(403);
    for (const extra of [{ id: 'mine' }, { status: 'accepted' }, { owner: 'bob' }, { role: 'admin' }]) {
      const answer = await t.op<Json>('createQuote', callers.alice, 'POST', '/quotes', {
        name: 'x',
        ...extra,
      });
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].field).toBe(`body.${Object.keys(extra)[0]}`);
    }
  });

  it('refuses a blank name and a validity date in the past, naming the field', async () => {
    const blank = await t.op<Json>('createQuote', callers.alice, 'POST', '/quotes', { name: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body.errors).toEqual([{ field: 'body.name', message: 'The name may not be blank.' }]);
    const past = await t.op<Json>('createQuote', callers.alice, 'POST', '/quotes', {
      name: 'Old',
      valid_until: '2020-01-01',
    });
    expect(past.status).toBe(400);
    expect(past.body.errors[0].field).toBe('body.valid_until');
  });

  it('does not let services create quotes (a service token names no user)', async () => {
    expect((await t.op('createQuote', callers.service, 'POST', '/quotes', { name: 'x' })).status).toBe(403);
  });

  it("answers 404 for another company's quote, exactly as for a missing one", async () => {
    const quote = await create(callers.alice, { name: 'Secret' });
    const foreign = await t.op<Json>('getQuote', callers.bob, 'GET', `/quotes/${quote.id}`);
    const missing = await t.op<Json>('getQuote', callers.bob, 'GET', '/quotes/no-such-quote');
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(missing.body);
  });
});

describe('listQuotes', () => {
  it('pages, orders, filters by status and searches, with external callers seeing only their company', async () => {
    const names = ['Zeta panel', 'Alpha bracket', 'Mid gusset'];
    for (const name of names) await create(callers.bob, { name });
    await create(callers.alice, { name: 'Alpha for acme' });
    const all = await t.op<Json>('listQuotes', callers.bob, 'GET', '/quotes?ordering=name&limit=200');
    expect(all.body.view).toBe('external');
    expect(all.body.items.every((quote: Json) => quote.company_id === 'nordic')).toBe(true);
    const sorted = all.body.items.map((quote: Json) => quote.name);
    expect(sorted).toEqual([...sorted].sort());
    const page = await t.op<Json>('listQuotes', callers.bob, 'GET', '/quotes?ordering=name&limit=1&offset=1');
    expect(page.body.count).toBe(all.body.count);
    expect(page.body.items.map((quote: Json) => quote.name)).toEqual([sorted[1]]);
    const search = await t.op<Json>('listQuotes', callers.bob, 'GET', '/quotes?search=ALPHA');
    expect(search.body.items.map((quote: Json) => quote.name)).toEqual(['Alpha bracket']);
    expect(search.body.count).toBe(1);
  });

  it('never lists a foreign id or counts foreign quotes, whatever the filter, ordering or limit', async () => {
    await create(callers.alice, { name: 'Acme only' });
    const foreign = await t.op<Json>(
      'listQuotes',
      callers.estimator,
      'GET',
      '/quotes?company_id=acme&limit=200',
    );
    const acmeIds = new Set(foreign.body.items.map((quote: Json) => quote.id));
    expect(acmeIds.size).toBeGreaterThan(0);
    for (const query of [
      '',
      '?company_id=acme',
      '?ordering=-total_cents,name&limit=200',
      '?status=draft&limit=1',
      '?search=acme',
      '?ordering=status&offset=0&limit=200',
    ]) {
      const page = await t.op<Json>('listQuotes', callers.bob, 'GET', `/quotes${query}`);
      expect(
        page.body.items.some((quote: Json) => acmeIds.has(quote.id)),
        query,
      ).toBe(false);
      const own = await t.op<Json>(
        'listQuotes',
        callers.estimator,
        'GET',
        `/quotes${query}${query ? '&' : '?'}company_id=nordic`,
      );
      if (!query.includes('company_id=acme')) expect(page.body.count, query).toBe(own.body.count);
      else expect(page.body.count).toBe(0);
    }
  });

  it('refuses an ordering or status the contract does not know, naming the parameter', async () => {
    const answer = await t.op<Json>('listQuotes', callers.alice, 'GET', '/quotes?ordering=cost_cents');
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].field).toBe('query.ordering');
    const status = await t.op<Json>('listQuotes', callers.alice, 'GET', '/quotes?status=won');
    expect(status.body.errors[0].field).toBe('query.status');
  });
});

describe('updateQuote: rename and draft -> sent -> accepted', () => {
  it('renames a draft and moves it along, then keeps it read-only', async () => {
    const quote = await withLine(callers.alice, 'Lifecycle');
    const renamed = await t.op<Json>('updateQuote', callers.alice, 'PATCH', `/quotes/${quote.id}`, {
      name: 'Renamed',
    });
    expect(renamed.body).toMatchObject({ name: 'Renamed', status: 'draft' });
    const sent = await t.op<Json>('updateQuote', callers.alice, 'PATCH', `/quotes/${quote.id}`, {
      status: 'sent',
    });
    expect(sent.body.status).toBe('sent');
    expect(sent.body.sent_at).not.toBeNull();
    const again = await t.op<Json>('updateQuote', callers.alice, 'PATCH', `/quotes/${quote.id}`, {
      status: 'sent',
    });
    expect(again.body).toEqual(sent.body);
    for (const changes of [{ name: 'Changed' }, { valid_until: '2099-01-01' }]) {
      const refused = await t.op<Json>('updateQuote', callers.alice, 'PATCH', `/quotes/${quote.id}`, changes);
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('quote-read-only');
    }
    const back = await t.op<Json>('updateQuote', callers.alice, 'PATCH', `/quotes/${quote.id}`, {
      status: 'draft',
    });
    expect(back.body.code).toBe('invalid-transition');
    const lines = await t.op<Json>('addQuoteLines', callers.alice, 'POST', `/quotes/${quote.id}/lines`, {
      lines: [{ part_id: acmePart, material_id: material, quantity: 1 }],
    });
    expect(lines.body.code).toBe('quote-read-only');
    const deleted = await t.op<Json>('deleteQuote', callers.alice, 'DELETE', `/quotes/${quote.id}`);
    expect(deleted.body.code).toBe('quote-read-only');
    const accepted = await t.op<Json>('updateQuote', callers.alice, 'PATCH', `/quotes/${quote.id}`, {
      status: 'accepted',
    });
    expect(accepted.body).toMatchObject({ status: 'accepted' });
    expect(accepted.body.accepted_at).not.toBeNull();
  });

  it('does not send a quote without lines or with blocked lines', async () => {
    const empty = await create(callers.alice, { name: 'Empty' });
    const answer = await t.op<Json>('updateQuote', callers.alice, 'PATCH', `/quotes/${empty.id}`, {
      status: 'sent',
    });
    expect(answer).toMatchObject({ status: 409, body: { code: 'quote-not-ready' } });
    // 10 mm holes in 8 mm stainless: narrower than 1.5 x the thickness.
    const thick = await t.material('stainless', 8);
    await t.op('addQuoteLines', callers.alice, 'POST', `/quotes/${empty.id}/lines`, {
      lines: [{ part_id: acmePart, material_id: thick, quantity: 1 }],
    });
    const blocked = await t.op<Json>('updateQuote', callers.alice, 'PATCH', `/quotes/${empty.id}`, {
      status: 'sent',
    });
    expect(blocked.body).toMatchObject({
      code: 'quote-not-ready',
      detail: expect.stringContaining('1 line'),
    });
  });

  it('reads a sent quote past its validity as expired, and refuses to accept it', async () => {
    const quote = await withLine(callers.alice, 'Short-lived');
    await t.op('updateQuote', callers.alice, 'PATCH', `/quotes/${quote.id}`, { status: 'sent' });
    t.advanceDays(31);
    try {
      const read = await t.op<Json>('getQuote', callers.alice, 'GET', `/quotes/${quote.id}`);
      expect(read.body.status).toBe('expired');
      const expired = await t.op<Json>(
        'listQuotes',
        callers.alice,
        'GET',
        '/quotes?status=expired&limit=200',
      );
      expect(expired.body.items.map((item: Json) => item.id)).toContain(quote.id);
      const sent = await t.op<Json>('listQuotes', callers.alice, 'GET', '/quotes?status=sent&limit=200');
      expect(sent.body.items.map((item: Json) => item.id)).not.toContain(quote.id);
      const accept = await t.op<Json>('updateQuote', callers.alice, 'PATCH', `/quotes/${quote.id}`, {
        status: 'accepted',
      });
      expect(accept).toMatchObject({ status: 409, body: { code: 'quote-expired' } });
    } finally {
      t.advanceDays(-31);
    }
  });

  it('refuses a company, owner or totals in the changes (mass assignment)', async () => {
    const quote = await create(callers.alice, { name: 'Mine' });
    for (const field of ['company_id', 'created_by', 'totals', 'id']) {
      const answer = await t.op<Json>('updateQuote', callers.alice, 'PATCH', `/quotes/${quote.id}`, {
        name: 'Still mine',
        [field]: 'nordic',
      });
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].field).toBe(`body.${field}`);
    }
    expect((await t.op<Json>('getQuote', callers.alice, 'GET', `/quotes/${quote.id}`)).body).toMatchObject({
      name: 'Mine',
      company_id: 'acme',
    });
  });

  it("answers 404 to changes of another company's quote", async () => {
    const quote = await create(callers.alice, { name: 'Mine' });
    const answer = await t.op('updateQuote', callers.bob, 'PATCH', `/quotes/${quote.id}`, { name: 'Stolen' });
    expect(answer.status).toBe(404);
    expect((await t.op<Json>('getQuote', callers.alice, 'GET', `/quotes/${quote.id}`)).body.name).toBe(
      'Mine',
    );
  });
});

describe('duplicateQuote and deleteQuote', () => {
  it('copies a sent quote into a priced draft with new ids, and deletes drafts', async () => {
    const quote = await withLine(callers.alice, 'Original');
    await t.op('updateQuote', callers.alice, 'PATCH', `/quotes/${quote.id}`, { status: 'sent' });
    const source = await t.op<Json>('getQuote', callers.alice, 'GET', `/quotes/${quote.id}`);
    const copy = await t.op<Json>('duplicateQuote', callers.alice, 'POST', `/quotes/${quote.id}/duplicate`);
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ name: 'Original (copy)', status: 'draft', company_id: 'acme' });
    expect(copy.body.id).not.toBe(quote.id);
    expect(copy.body.lines[0].id).not.toBe(source.body.lines[0].id);
    expect(copy.body.totals).toEqual(source.body.totals);
    expect(copy.body.lines[0].total_cents).toBe(source.body.lines[0].total_cents);
    expect((await t.op('deleteQuote', callers.alice, 'DELETE', `/quotes/${copy.body.id}`)).status).toBe(204);
    expect((await t.op('getQuote', callers.alice, 'GET', `/quotes/${copy.body.id}`)).status).toBe(404);
    expect((await t.op('duplicateQuote', callers.bob, 'POST', `/quotes/${quote.id}/duplicate`)).status).toBe(
      404,
    );
  });
});
