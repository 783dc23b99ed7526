import { analyseDxf } from '@kerf/geometry';
import type { Principal } from '@kerf/service-kit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plateDxf } from '../testing/dxf-samples.ts';
import type { TestParts } from '../testing/test-parts.ts';
import { openTestParts } from '../testing/test-parts.ts';
import { ownerOf, visibilityOf } from './access.ts';
import { createPart } from './create-part.ts';
import { processPart } from './process-part.ts';
import { reprocessPart, setPartUnits } from './requeue-part.ts';
import { exponentialBackoff } from '../domain/backoff.ts';
import { quietLogger } from '../testing/test-processing.ts';

const bff: Principal = { sub: 'service:bff', company: '*', role: 'service' };
const alice: Principal = { sub: 'alice', company: 'acme', role: 'external' };
const plate = plateDxf({ width: 30, height: 20, holes: [] });

let t: TestParts;
beforeEach(async () => {
  t = await openTestParts();
});
afterEach(() => t.close());

describe('access', () => {
  it('limits external users to their company and lets the shop and services see all', () => {
    expect(visibilityOf(alice)).toEqual({ company: 'acme' });
    for (const role of ['internal', 'admin', 'service'] as const)
      expect(visibilityOf({ sub: 'x', company: 'shop', role })).toEqual({ company: null });
  });

  it('takes the owner from a service caller body only', () => {
    expect(ownerOf(bff, { company_id: 'acme', owner_id: 'alice' })).toEqual({
      ok: true,
      data: { company: 'acme', user: 'alice' },
    });
    expect(ownerOf(alice, {})).toEqual({ ok: true, data: { company: 'acme', user: 'alice' } });
    expect(ownerOf({ ...alice, role: 'admin' }, { company_id: 'x' })).toMatchObject({
      ok: false,
      reason: { kind: 'forbidden', field: 'body.company_id' },
    });
    expect(ownerOf(bff, { owner_id: 'alice' })).toMatchObject({
      ok: false,
      reason: { field: 'body.company_id' },
    });
  });
});

describe('createPart', () => {
  it('creates one part, one job and one event when the same upload is created many times at once', async () => {
    const fields = { ...(await t.upload(plate)), company_id: 'acme', owner_id: 'alice' };
    const results = await Promise.all(Array.from({ length: 5 }, () => createPart(t)({ actor: bff, fields })));
    const ids = new Set(results.map((result) => (result.ok ? result.data.part.id : null)));
    expect(ids.size).toBe(1);
    expect(results.filter((result) => result.ok && result.data.created)).toHaveLength(1);
    const events = await t.store.read.outbox.after(0, 100);
    expect(events.map((event) => event.type)).toEqual(['part.created']);
    expect(await t.db.selectFrom('jobs').selectAll().execute()).toHaveLength(1);
  });

  it('keeps the same upload id of two companies apart', async () => {
    const fields = await t.upload(plate);
    const acme = await createPart(t)({
      actor: bff,
      fields: { ...fields, company_id: 'acme', owner_id: 'a' },
    });
    const nordic = await createPart(t)({
      actor: bff,
      fields: { ...fields, company_id: 'nordic', owner_id: 'n' },
    });
    expect(acme.ok && nordic.ok && acme.data.part.id !== nordic.data.part.id).toBe(true);
  });
});

describe('a new run while the old one is still processing', () => {
  it('ignores the old run result and lets the new run write its own', async () => {
    const created = await createPart(t)({ actor: alice, fields: await t.upload(plate) });
    if (!created.ok) throw new Error('refused');
    const part = created.data.part;
    const old = await t.store.read.jobs.claim('worker', Date.now(), 60_000);
    const chosen = await setPartUnits(t)({ actor: alice, id: part.id, units: 'inch' });
    expect(chosen).toMatchObject({ ok: true, data: { queued: true, part: { revision: 2 } } });
    expect(await reprocessPart(t)({ actor: alice, id: part.id })).toMatchObject({
      ok: false,
      reason: { code: 'part-busy' },
    });
    const analysed: string[] = [];
    const process = processPart({
      store: t.store,
      blobs: t.blobs,
      clock: t.clock,
      logger: quietLogger(),
      engineOptions: {},
      maxAttempts: 3,
      backoff: exponentialBackoff(10, 10),
      progressIntervalMs: 10,
      analyser: {
        async analyse(task) {
          analysed.push(task.sha256);
          return { kind: 'analysed', result: analyseDxf(task.bytes, task.options), threadId: 0 };
        },
      },
    });
    expect(await process(old!)).toBe('skipped');
    expect(analysed).toHaveLength(0);
    const current = await t.store.read.jobs.claim('worker', Date.now(), 60_000);
    expect(current).toMatchObject({ revision: 2 });
    expect(await process(current!)).toBe('ready');
    const ready = await t.store.read.parts.findById(part.id, { company: null });
    expect(ready).toMatchObject({ status: 'ready', revision: 2, units_choice: 'inch' });
    expect(ready?.geometry?.size_mm).toEqual([762, 508]);
  });
});

describe('a job that keeps losing its worker process', () => {
  it('fails the part once the re-claims after expired leases exceed the attempts', async () => {
    const created = await createPart(t)({ actor: alice, fields: await t.upload(plate) });
    if (!created.ok) throw new Error('refused');
    let now = Date.now();
    let lease = await t.store.read.jobs.claim('dies', now, 100);
    for (let i = 0; i < 2; i += 1) lease = await t.store.read.jobs.claim('dies', (now += 100), 100);
    expect(lease?.attempt).toBe(3);
    const process = processPart({
      store: t.store,
      blobs: t.blobs,
      clock: t.clock,
      logger: quietLogger(),
      engineOptions: {},
      maxAttempts: 2,
      backoff: exponentialBackoff(10, 10),
      progressIntervalMs: 10,
      analyser: {
        analyse: () => {
          throw new Error('must not run');
        },
      },
    });
    expect(await process(lease!)).toBe('failed');
    const part = await t.store.read.parts.findById(created.data.part.id, { company: null });
    expect(part).toMatchObject({ status: 'failed', error: { code: 'processing-failed' } });
    expect(await t.store.read.jobs.find(part!.id)).toMatchObject({ state: 'failed', attempts: 3 });
  });
});
