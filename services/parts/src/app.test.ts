import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Part, PartEvent } from './ports/records.ts';
import { plateDxf } from './testing/dxf-samples.ts';
import type { Caller, TestApp } from './testing/test-app.ts';
import { openTestApp } from './testing/test-app.ts';

interface ProblemBody {
  status: number;
  code: string;
  errors?: { field: string; message: string }[];
}
interface Page {
  count: number;
  items: Part[];
}

const alice: Caller = { role: 'external', company: 'acme', sub: 'alice' };
const nils: Caller = { role: 'external', company: 'nordic', sub: 'nils' };
const estimator: Caller = { role: 'internal', company: 'shop', sub: 'eric' };
const admin: Caller = { role: 'admin', company: 'shop', sub: 'ada' };
const bff: Caller = { role: 'service' };

let t: TestApp;
beforeEach(async () => {
  t = await openTestApp();
});
afterEach(() => t.close());

/** Calls an operation and checks the answer against the contract; returns status and parsed body. */
async function op<T = Part>(
  operationId: string,
  caller: Caller | null,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await t.call(caller, method, path, body);
  const parsed = (await t.contract.assertResponse(operationId, response)) as T;
  return { status: response.status, body: parsed };
}

const plate = plateDxf({ width: 100, height: 50, holes: [{ x: 25, y: 25, d: 10 }] });

/** A part of `company` created by the BFF on behalf of `owner`. */
async function createFor(company: string, owner: string, name = 'plate.dxf'): Promise<Part> {
  const fields = await t.parts.upload(plate, name);
  const { status, body } = await op('createPart', bff, 'POST', '/parts', {
    ...fields,
    company_id: company,
    owner_id: owner,
  });
  expect(status).toBe(201);
  return body;
}

describe('readiness', () => {
  it('is ready without a token while its database answers, and names the database once it is closed', async () => {
    expect(await op('getReadiness', null, 'GET', '/health/ready')).toEqual({
      status: 200,
      body: { status: 'ready', checks: { database: 'ok' } },
    });
    await t.parts.db.destroy();
    const closed = await op('getReadiness', null, 'GET', '/health/ready');
    expect(closed).toMatchObject({
      status: 503,
      body: { code: 'not-ready', checks: { database: 'failed' } },
    });
  });
});

describe('security', () => {
  it('serves health without a token and answers 401 without one, with a bad one, or for another audience', async () => {
    expect(await op('getHealth', null, 'GET', '/health')).toEqual({ status: 200, body: { status: 'ok' } });
    expect((await op('listParts', null, 'GET', '/parts')).status).toBe(401);
    const bad = await t.app.request('/parts', { headers: { authorization: 'Bearer a.b.c' } });
    expect(bad.status).toBe(401);
    const other = await t.app.request('/parts', {
      headers: { authorization: `Bearer ${await t.token(estimator, { audience: 'catalog' })}` },
    });
    expect(other.status).toBe(401);
  });
});

describe('createPart', () => {
  it('creates a part for the owner the BFF names, queues its job and writes part.created', async () => {
    const fields = await t.parts.upload(plate, 'Bracket <A>.dxf');
    const { status, body } = await op('createPart', bff, 'POST', '/parts', {
      ...fields,
      company_id: 'acme',
      owner_id: 'alice',
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      company_id: 'acme',
      owner_id: 'alice',
      upload_id: fields.upload_id,
      original_name: 'Bracket <A>.dxf',
      size_bytes: fields.size_bytes,
      sha256: fields.sha256,
      units_choice: null,
      status: 'queued',
      progress: 0,
      revision: 1,
      geometry: null,
      problems: [],
      preview: null,
      error: null,
      processed_at: null,
    });
    expect(body).not.toHaveProperty('blob_key');
    expect(await t.parts.store.read.jobs.find(body.id)).toMatchObject({ state: 'queued', revision: 1 });
    expect(await t.parts.eventTypes(body.id)).toEqual(['part.created']);
    expect(t.parts.queuedSignals()).toBe(1);
  });

  it('is idempotent on the upload id: a retry returns the same part and queues nothing', async () => {
    const fields = { ...(await t.parts.upload(plate)), company_id: 'acme', owner_id: 'alice' };
    const first = await op('createPart', bff, 'POST', '/parts', fields);
    const again = await op('createPart', bff, 'POST', '/parts', fields);
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.body.id).toBe(first.body.id);
    expect(await t.parts.eventTypes(first.body.id)).toEqual(['part.created']);
    expect(t.parts.queuedSignals()).toBe(1);
    const page = await op<Page>('listParts', estimator, 'GET', '/parts');
    expect(page.body.count).toBe(1);
  });

  it('refuses an upload id reused for another file (409) and a deleted part of the upload (410)', async () => {
    const fields = { ...(await t.parts.upload(plate)), company_id: 'acme', owner_id: 'alice' };
    const { body: part } = await op('createPart', bff, 'POST', '/parts', fields);
    const other = await t.parts.upload(plateDxf({ width: 5, height: 5, holes: [] }));
    const reused = await op<ProblemBody>('createPart', bff, 'POST', '/parts', {
      ...other,
      upload_id: fields.upload_id,
      company_id: 'acme',
      owner_id: 'alice',
    });
    expect(reused.status).toBe(409);
    expect(reused.body.code).toBe('upload-reused');
    expect((await op('deletePart', estimator, 'DELETE', `/parts/${part.id}`)).status).toBe(204);
    const gone = await op<ProblemBody>('createPart', bff, 'POST', '/parts', fields);
    expect(gone.status).toBe(410);
    expect(gone.body.code).toBe('part-deleted');
  });

  it('answers 422 when the blob is missing or has another size', async () => {
    const fields = { ...(await t.parts.upload(plate)), company_id: 'acme', owner_id: 'alice' };
    const missing = await op<ProblemBody>('createPart', bff, 'POST', '/parts', {
      ...fields,
      blob_key: 'nothing-here',
    });
    expect(missing.status).toBe(422);
    expect(missing.body).toMatchObject({ code: 'blob-missing', errors: [{ field: 'body.blob_key' }] });
    const size = await op<ProblemBody>('createPart', bff, 'POST', '/parts', {
      ...fields,
      size_bytes: fields.size_bytes + 1,
    });
    expect(size.status).toBe(422);
    expect(size.body).toMatchObject({ code: 'size-mismatch', errors: [{ field: 'body.size_bytes' }] });
  });

  it('takes the owner of a user-created part from the token, and refuses a user naming one (mass assignment)', async () => {
    const fields = await t.parts.upload(plate);
    const own = await op('createPart', alice, 'POST', '/parts', fields);
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ company_id: 'acme', owner_id: 'alice' });
    for (const extra of [
      { company_id: 'nordic' },
      { owner_id: 'nils' },
      { company_id: 'acme', owner_id: 'alice' },
    ]) {
      const refused = await op<ProblemBody>('createPart', alice, 'POST', '/parts', {
        ...(await t.parts.upload(plate)),
        ...extra,
      });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('owner-not-allowed');
      expect(refused.body.errors?.[0]?.field).toBe(
        Object.keys(extra).includes('company_id') ? 'body.company_id' : 'body.owner_id',
      );
    }
    const missingOwner = await op<ProblemBody>('createPart', bff, 'POST', '/parts', {
      ...(await t.parts.upload(plate)),
      company_id: 'acme',
    });
    expect(missingOwner.status).toBe(400);
    expect(missingOwner.body.errors).toEqual([
      { field: 'body.owner_id', message: 'A service caller must name the owner.' },
    ]);
  });

  it('validates the body against the contract, naming the field', async () => {
    const fields = { ...(await t.parts.upload(plate)), company_id: 'acme', owner_id: 'alice' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...fields, sha256: 'ABC' }, 'body.sha256'],
      [{ ...fields, original_name: 'x'.repeat(256) }, 'body.original_name'],
      [{ ...fields, original_name: 'a\u0000b.dxf' }, 'body.original_name'],
      [{ ...fields, blob_key: '../etc/passwd' }, 'body.blob_key'],
      [{ ...fields, size_bytes: -1 }, 'body.size_bytes'],
      [{ ...fields, units_choice: 'cm' }, 'body.units_choice'],
      [{ ...fields, status: 'ready' }, 'body.status'],
    ];
    for (const [body, field] of cases) {
      const answer = await op<ProblemBody>('createPart', bff, 'POST', '/parts', body);
      expect(answer.status, field).toBe(400);
      expect(
        answer.body.errors?.map((error) => error.field),
        field,
      ).toContain(field);
    }
    const text = await t.app.request('/parts', {
      method: 'POST',
      headers: { authorization: `Bearer ${await t.token(bff)}`, 'content-type': 'text/plain' },
      body: 'x',
    });
    expect(text.status).toBe(415);
    await t.contract.assertResponse('createPart', text);
  });
});

describe('company isolation', () => {
  it('gives an external user of another company 404 on every part operation and nothing in lists, counts or progress', async () => {
    const mine = await createFor('acme', 'alice');
    const theirs = await createFor('nordic', 'nils');
    for (const [operationId, method, path, body] of [
      ['getPart', 'GET', `/parts/${theirs.id}`],
      ['deletePart', 'DELETE', `/parts/${theirs.id}`],
      ['setPartUnits', 'POST', `/parts/${theirs.id}/units`, { units: 'inch' }],
      ['reprocessPart', 'POST', `/parts/${theirs.id}/reprocess`],
    ] as const) {
      const answer = await op<ProblemBody>(operationId, alice, method, path, body);
      expect(answer.status, operationId).toBe(404);
      expect(answer.body.code).toBe('not-found');
    }
    expect((await op('getPart', estimator, 'GET', `/parts/${theirs.id}`)).body.status).toBe('queued');
    const nordic = await op<Page>('listParts', nils, 'GET', '/parts');
    expect(nordic.body.items.map((part) => part.id)).toEqual([theirs.id]);
    const queries: [string, number][] = [
      ['', 1],
      ['?ordering=original_name', 1],
      ['?status=queued', 1],
      [`?ids=${theirs.id},${mine.id}`, 1],
      [`?ids=${theirs.id}`, 0],
      ['?company_id=nordic', 0],
      ['?limit=1&offset=1', 1],
    ];
    for (const [query, count] of queries) {
      const page = await op<Page>('listParts', alice, 'GET', `/parts${query}`);
      expect(
        page.body.items.every((part) => part.company_id === 'acme'),
        query,
      ).toBe(true);
      expect(page.body.count, query).toBe(count);
    }
    const progress = await op<{ items: { id: string }[] }>(
      'readPartProgress',
      alice,
      'GET',
      `/parts/progress?ids=${theirs.id},${mine.id}`,
    );
    expect(progress.body.items.map((row) => row.id)).toEqual([mine.id]);
  });

  it('shows the shop and services every company', async () => {
    await createFor('acme', 'alice');
    await createFor('nordic', 'nils');
    for (const caller of [estimator, admin, bff]) {
      const page = await op<Page>('listParts', caller, 'GET', '/parts');
      expect(page.body.count).toBe(2);
      const filtered = await op<Page>('listParts', caller, 'GET', '/parts?company_id=nordic');
      expect(filtered.body.items.map((part) => part.company_id)).toEqual(['nordic']);
    }
  });
});

describe('listParts and readPartProgress', () => {
  it('orders, filters and pages, and refuses an unknown ordering', async () => {
    const a = await createFor('acme', 'alice', 'b.dxf');
    const b = await createFor('acme', 'alice', 'a.dxf');
    const c = await createFor('acme', 'alice', 'c.dxf');
    const byName = await op<Page>('listParts', alice, 'GET', '/parts?ordering=original_name');
    expect(byName.body.items.map((part) => part.id)).toEqual([b.id, a.id, c.id]);
    const newest = await op<Page>('listParts', alice, 'GET', '/parts?limit=2');
    expect(newest.body).toMatchObject({ count: 3 });
    expect(newest.body.items.map((part) => part.id)).toEqual([c.id, b.id]);
    const ids = await op<Page>(
      'listParts',
      alice,
      'GET',
      `/parts?ids=${c.id},${a.id}&ordering=original_name`,
    );
    expect(ids.body.items.map((part) => part.id)).toEqual([a.id, c.id]);
    const bad = await op<ProblemBody>('listParts', alice, 'GET', '/parts?ordering=blob_key');
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.field).toBe('query.ordering');
    const none = await op<Page>('listParts', alice, 'GET', '/parts?status=ready');
    expect(none.body).toEqual({ count: 0, items: [] });
  });

  it('answers the batch progress read with minimal rows in the order asked, and routes it before getPart', async () => {
    const a = await createFor('acme', 'alice');
    const b = await createFor('acme', 'alice');
    const { status, body } = await op(
      'readPartProgress',
      bff,
      'GET',
      `/parts/progress?ids=${b.id},${a.id},missing`,
    );
    expect(status).toBe(200);
    expect(body).toEqual({
      items: [
        { id: b.id, status: 'queued', progress: 0, revision: 1, error: null },
        { id: a.id, status: 'queued', progress: 0, revision: 1, error: null },
      ],
    });
    const missing = await op<ProblemBody>('readPartProgress', bff, 'GET', '/parts/progress');
    expect(missing.body.errors?.[0]?.field).toBe('query.ids');
    const tooMany = Array.from({ length: 251 }, (_, i) => `p${i}`).join(',');
    expect((await op('readPartProgress', bff, 'GET', `/parts/progress?ids=${tooMany}`)).status).toBe(400);
  });
});

describe('setPartUnits, reprocessPart and deletePart', () => {
  it('records a units choice as a new queued run with part.queued; the same choice again changes nothing', async () => {
    const part = await createFor('acme', 'alice');
    const chosen = await op('setPartUnits', alice, 'POST', `/parts/${part.id}/units`, { units: 'inch' });
    expect(chosen.status).toBe(202);
    expect(chosen.body).toMatchObject({ units_choice: 'inch', status: 'queued', revision: 2, progress: 0 });
    expect(await t.parts.store.read.jobs.find(part.id)).toMatchObject({ revision: 2, state: 'queued' });
    const same = await op('setPartUnits', alice, 'POST', `/parts/${part.id}/units`, { units: 'inch' });
    expect(same.status).toBe(200);
    expect(same.body.revision).toBe(2);
    expect(await t.parts.eventTypes(part.id)).toEqual(['part.created', 'part.queued']);
    const bad = await op<ProblemBody>('setPartUnits', alice, 'POST', `/parts/${part.id}/units`, {
      units: 'cm',
    });
    expect(bad.body.errors?.[0]?.field).toBe('body.units');
  });

  it('re-processes a failed part, and refuses one still queued', async () => {
    const part = await createFor('acme', 'alice');
    const busy = await op<ProblemBody>('reprocessPart', alice, 'POST', `/parts/${part.id}/reprocess`);
    expect(busy.status).toBe(409);
    expect(busy.body.code).toBe('part-busy');
    const run = { id: part.id, revision: 1, sha256: part.sha256 };
    await t.parts.store.read.parts.recordFailure(
      run,
      { code: 'processing-failed', message: 'x' },
      new Date(),
    );
    const again = await op('reprocessPart', alice, 'POST', `/parts/${part.id}/reprocess`);
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ status: 'queued', revision: 2, error: null });
  });

  it('deletes a part, its job and its blob, and writes part.deleted', async () => {
    const part = await createFor('acme', 'alice');
    expect((await op('deletePart', alice, 'DELETE', `/parts/${part.id}`)).status).toBe(204);
    expect((await op('getPart', alice, 'GET', `/parts/${part.id}`)).status).toBe(404);
    expect((await op('deletePart', alice, 'DELETE', `/parts/${part.id}`)).status).toBe(404);
    expect(await t.parts.store.read.jobs.find(part.id)).toBeNull();
    expect(await t.parts.eventTypes(part.id)).toEqual(['part.created', 'part.deleted']);
    const stored = (await t.parts.store.read.parts.findByUpload('acme', part.upload_id))!.part;
    expect(await t.parts.blobs.size({ key: stored.blob_key, sha256: part.sha256 })).toBeNull();
  });
});

describe('listEvents', () => {
  it('serves the feed to the shop and services with the company in every payload, and refuses external users', async () => {
    const a = await createFor('acme', 'alice');
    const b = await createFor('nordic', 'nils');
    expect((await op('listEvents', alice, 'GET', '/events')).status).toBe(403);
    const page = await op<{ items: PartEvent[]; next: number }>('listEvents', bff, 'GET', '/events');
    expect(page.body.items.map((event) => [event.type, event.entity_id, event.payload.company_id])).toEqual([
      ['part.created', a.id, 'acme'],
      ['part.created', b.id, 'nordic'],
    ]);
    const rest = await op<{ items: PartEvent[]; next: number }>(
      'listEvents',
      estimator,
      'GET',
      `/events?after=${page.body.items[0]!.id}`,
    );
    expect(rest.body.items.map((event) => event.entity_id)).toEqual([b.id]);
    const quiet = await op<{ items: PartEvent[]; next: number }>(
      'listEvents',
      estimator,
      'GET',
      `/events?after=${page.body.next}`,
    );
    expect(quiet.body).toEqual({ items: [], next: page.body.next });
  });
});
