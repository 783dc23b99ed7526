import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawnGeometryWorker } from '../adapters/worker-pool/spawn-geometry-worker.ts';
import type { WorkerPool } from '../adapters/worker-pool/worker-pool.ts';
import { createWorkerPool } from '../adapters/worker-pool/worker-pool.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { GeometryAnalyser } from '../ports/geometry-analyser.ts';
import { deletePart } from '../stories/delete-part.ts';
import { setPartUnits } from '../stories/requeue-part.ts';
import { bytesOf, perforatedPlateDxf, plateDxf } from '../testing/dxf-samples.ts';
import {
  counting,
  createPartFrom,
  createPartWith,
  settled,
  startRunner,
} from '../testing/test-processing.ts';
import type { TestParts } from '../testing/test-parts.ts';
import { openTestParts } from '../testing/test-parts.ts';
import type { JobRunner } from './job-runner.ts';

const plate = plateDxf({
  width: 100,
  height: 50,
  holes: [
    { x: 25, y: 25, d: 10 },
    { x: 75, y: 25, d: 6 },
  ],
});
const png = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** `analyser`, with each analysis answering no sooner than `ms` after it started. */
const atLeast = (ms: number, analyser: GeometryAnalyser): GeometryAnalyser => ({
  analyse: async (task, onProgress) =>
    (await Promise.all([analyser.analyse(task, onProgress), pause(ms)]))[0],
});

let pool: WorkerPool;
beforeAll(() => {
  pool = createWorkerPool({ size: 2, timeLimitMs: 20_000, memoryMb: 256 });
});
afterAll(() => pool.close());

let t: TestParts;
const runners: JobRunner[] = [];
beforeEach(async () => {
  t = await openTestParts();
});
afterEach(async () => {
  for (const runner of runners.splice(0)) await runner.stop({ graceMs: 5_000, abort: async () => undefined });
  await t.close();
});
const run = (...args: Parameters<typeof startRunner>) => {
  const runner = startRunner(...args);
  runners.push(runner);
  return runner;
};

describe('processing a part', () => {
  it('takes a part from queued through processing to ready with facts, problems and preview, events included', async () => {
    run(t, pool);
    const created = await createPartFrom(t, plate);
    const part = await settled(t, created.id);
    expect(part).toMatchObject({ status: 'ready', progress: 1, error: null, revision: 1 });
    expect(part.geometry).toMatchObject({ size_mm: [100, 50], pierces: 3, holes: 2, top_level_loops: 1 });
    expect(part.preview?.paths.map((path) => path.kind).sort()).toEqual(['hole', 'hole', 'outer']);
    expect(part.processed_at).not.toBeNull();
    const types = await t.eventTypes(part.id);
    expect(types[0]).toBe('part.created');
    expect(types[1]).toBe('part.processing');
    expect(types.at(-1)).toBe('part.ready');
    expect(types.filter((type) => type === 'part.ready')).toHaveLength(1);
    expect(await t.store.read.jobs.find(part.id)).toMatchObject({ state: 'done', attempts: 1 });
  });

  it('fails input errors at once, without a retry (RELIABILITY 11, 12, 13, 19)', async () => {
    const analyser = counting(pool);
    run(t, analyser, { settings: { engineOptions: { maxEntities: 100 } } });
    const cases: [string | Uint8Array, string][] = [
      [png, 'not-a-dxf'],
      ['', 'not-a-dxf'],
      ['0\nSECTION\n2\nENTITIES\n0\nLINE\n8\n0\n10\n0\n20', 'unreadable'],
      [perforatedPlateDxf(200), 'too-complex'],
    ];
    const parts = await Promise.all(cases.map(([content]) => createPartFrom(t, content)));
    for (const [index, [, code]] of cases.entries()) {
      const part = await settled(t, parts[index]!.id);
      expect(part.status, code).toBe('failed');
      expect(part.error?.code, code).toBe(code);
      expect(part.error?.message.length, code).toBeGreaterThan(0);
      expect(await t.store.read.jobs.find(part.id), code).toMatchObject({ state: 'failed', attempts: 1 });
      expect((await t.eventTypes(part.id)).at(-1)).toBe('part.failed');
    }
    expect(analyser.started).toHaveLength(cases.length);
  });

  it('fails a file whose bytes do not match the SHA-256 given at upload (checksum-mismatch), no retry', async () => {
    run(t, pool);
    const fields = await t.upload(plate);
    await t.blobs.write(
      { key: fields.blob_key, sha256: fields.sha256 },
      bytesOf(plate.replace('100', '101')),
    );
    const failed = await settled(t, (await createPartWith(t, fields)).id);
    expect(failed.error?.code).toBe('checksum-mismatch');
    expect(await t.store.read.jobs.find(failed.id)).toMatchObject({ state: 'failed', attempts: 1 });
  });

  it('retries a transient failure with backoff and completes on attempt 3 (RELIABILITY 19)', async () => {
    const reads: number[] = [];
    const flaky: BlobStore = {
      ...t.blobs,
      async read(ref) {
        reads.push(Date.now());
        return reads.length <= 2 ? { ok: false, reason: 'unavailable' } : t.blobs.read(ref);
      },
    };
    run(t, pool, { blobs: flaky });
    const part = await settled(t, (await createPartFrom(t, plate)).id);
    expect(part.status).toBe('ready');
    expect(await t.store.read.jobs.find(part.id)).toMatchObject({ state: 'done', attempts: 3 });
    expect(reads).toHaveLength(3);
    // Backoff of 20 ms after attempt 1, 40 ms after attempt 2.
    expect(reads[1]! - reads[0]!).toBeGreaterThanOrEqual(19);
    expect(reads[2]! - reads[1]!).toBeGreaterThanOrEqual(39);
    const types = await t.eventTypes(part.id);
    expect(types.filter((type) => type === 'part.processing')).toHaveLength(1);
    expect(types.filter((type) => type === 'part.ready')).toHaveLength(1);
  });

  it('fails a part with the transient error once the attempts run out', async () => {
    const missing: BlobStore = { ...t.blobs, read: async () => ({ ok: false, reason: 'missing' }) };
    run(t, pool, { blobs: missing, settings: { maxAttempts: 3 } });
    const part = await settled(t, (await createPartFrom(t, plate)).id);
    expect(part.error?.code).toBe('blob-missing');
    expect(await t.store.read.jobs.find(part.id)).toMatchObject({ state: 'failed', attempts: 3 });
  });

  it('processes one bad file among 50 good ones: 50 ready, 1 failed (RELIABILITY 16)', async () => {
    run(t, pool);
    const good = Array.from({ length: 50 }, (_, i) =>
      plateDxf({ width: 50 + i, height: 40, holes: [{ x: 20, y: 20, d: 5 + (i % 5) }] }),
    );
    const started = performance.now();
    const created = await Promise.all(
      [...good.slice(0, 25), png, ...good.slice(25)].map((content) => createPartFrom(t, content)),
    );
    const parts = await Promise.all(created.map((part) => settled(t, part.id)));
    const seconds = (performance.now() - started) / 1000;
    console.info(`parts: 51 small parts (1 bad) through 2 workers in ${seconds.toFixed(2)} s`);
    expect(parts.filter((part) => part.status === 'ready')).toHaveLength(50);
    expect(parts.filter((part) => part.status === 'failed').map((part) => part.error?.code)).toEqual([
      'not-a-dxf',
    ]);
    expect(parts[0]?.geometry?.size_mm).toEqual([50, 40]);
    expect(parts[50]?.geometry?.size_mm).toEqual([99, 40]);
  });

  it('re-processes after a units choice: the drawing without units becomes inches', async () => {
    run(t, pool);
    const unitless = plateDxf({ width: 4, height: 2, holes: [{ x: 1, y: 1, d: 0.5 }], insunits: null });
    const first = await settled(t, (await createPartFrom(t, unitless)).id);
    expect(first.geometry?.units).toMatchObject({ mm_per_unit: null, source: null });
    expect(first.problems.map((problem) => problem.code)).toContain('units-unknown');
    const chosen = await setPartUnits(t)({
      actor: { sub: 'alice', company: 'acme', role: 'external' },
      id: first.id,
      units: 'inch',
    });
    expect(chosen.ok).toBe(true);
    const second = await settled(t, first.id);
    expect(second).toMatchObject({ status: 'ready', revision: 2, units_choice: 'inch' });
    expect(second.geometry?.size_mm).toEqual([101.6, 50.8]);
    expect(second.problems.map((problem) => problem.code)).not.toContain('units-unknown');
  });
});

describe('faults and leases', () => {
  it('retries a job whose worker is killed mid-job and ends it ready, written once, progress never lower (RELIABILITY 17, 22)', async () => {
    const workers: Worker[] = [];
    const own = createWorkerPool({
      size: 1,
      timeLimitMs: 20_000,
      memoryMb: 256,
      spawn: (limits) => {
        const worker = spawnGeometryWorker(limits);
        workers.push(worker);
        return worker;
      },
    });
    try {
      let killed = false;
      const killer = counting({
        analyse: (task, onProgress) =>
          own.analyse(task, (fraction) => {
            onProgress(fraction);
            if (!killed && fraction > 0) {
              killed = true;
              void workers[0]!.terminate();
            }
          }),
      });
      run(t, killer, { settings: { concurrency: 1, progressIntervalMs: 0 } });
      const seen: number[] = [];
      const created = await createPartFrom(t, perforatedPlateDxf(8_000));
      let part = await t.store.read.parts.findById(created.id, { company: null });
      while (part && part.status !== 'ready' && part.status !== 'failed') {
        seen.push(part.progress);
        await pause(5);
        part = await t.store.read.parts.findById(created.id, { company: null });
      }
      expect(part).toMatchObject({ status: 'ready', progress: 1 });
      expect(killer.started).toHaveLength(2);
      expect(await t.store.read.jobs.find(created.id)).toMatchObject({ state: 'done', attempts: 2 });
      const types = await t.eventTypes(created.id);
      expect(types.filter((type) => type === 'part.ready')).toHaveLength(1);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
      const events = (await t.store.read.outbox.after(0, 1_000)).filter(
        (event) => event.entity_id === created.id,
      );
      const progress = events.map((event) => event.payload.progress);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
    } finally {
      await own.close();
    }
  });

  it('re-claims the job of a runner that died holding its lease, within lease + two check intervals (RELIABILITY 17)', async () => {
    const created = await createPartFrom(t, plate);
    const leaseMs = 300;
    const dead = await t.store.read.jobs.claim('dead-runner', Date.now(), leaseMs);
    expect(dead?.partId).toBe(created.id);
    const started = Date.now();
    run(t, pool, { settings: { leaseMs, pollMs: 50 } });
    const part = await settled(t, created.id);
    expect(part.status).toBe('ready');
    expect(Date.now() - started).toBeLessThan(leaseMs + 2 * 50 + 1_000);
    expect(await t.store.read.jobs.find(created.id)).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('runs a CPU-bound job longer than the lease once, because the lease is renewed (RELIABILITY 20)', async () => {
    // Renewals must get through a loaded machine in time: a busy event loop (SQLite renews in process)
    // or, on PostgreSQL, a round trip to another process, seen delayed by up to ~250 ms.
    const leaseMs = 500;
    const settings = { leaseMs, renewEveryMs: leaseMs / 5, pollMs: 10, concurrency: 1 };
    // The job outlives the lease several times whatever the machine's speed: CPU-bound analysis in a
    // worker that takes no less than six leases.
    const analyser = counting(atLeast(6 * leaseMs, pool));
    run(t, analyser, { settings, owner: 'a' });
    run(t, analyser, { settings, owner: 'b' });
    const started = performance.now();
    const part = await settled(t, (await createPartFrom(t, perforatedPlateDxf(12_000))).id);
    expect(performance.now() - started).toBeGreaterThan(2 * settings.leaseMs);
    expect(part.status).toBe('ready');
    expect(analyser.started).toHaveLength(1);
    expect(await t.store.read.jobs.find(part.id)).toMatchObject({ state: 'done', attempts: 1 });
  });

  it('without renewal the same job runs twice, and its result is still written once (RELIABILITY 17)', async () => {
    const settings = { leaseMs: 100, renewEveryMs: 60_000, pollMs: 20, concurrency: 1 };
    // The job outlives its lease several times whatever the machine's speed, so the other runner
    // re-claims it while the first still runs.
    const analyser = counting(atLeast(4 * settings.leaseMs, pool));
    run(t, analyser, { settings, owner: 'a' });
    run(t, analyser, { settings, owner: 'b' });
    const created = await createPartFrom(t, perforatedPlateDxf(12_000));
    const part = await settled(t, created.id);
    expect(part.status).toBe('ready');
    // Let the second execution end too, then check that it wrote nothing.
    while (analyser.finished.length < 2) await pause(10);
    await pause(100);
    const types = await t.eventTypes(part.id);
    expect(types.filter((type) => type === 'part.ready')).toHaveLength(1);
    const again = await t.store.read.parts.findById(part.id, { company: null });
    expect(again?.updated_at).toBe(part.updated_at);
  });

  it('writes nothing for a part deleted while it is processed', async () => {
    const analyser = counting(pool);
    run(t, analyser, { settings: { concurrency: 1 } });
    const created = await createPartFrom(t, perforatedPlateDxf(10_000));
    while (analyser.started.length === 0) await pause(5);
    expect(
      (await deletePart(t)({ actor: { sub: 'x', company: 'shop', role: 'internal' }, id: created.id })).ok,
    ).toBe(true);
    while (pool.busy() > 0) await pause(20);
    await pause(50);
    expect(await t.eventTypes(created.id)).not.toContain('part.ready');
    expect(await t.store.read.jobs.find(created.id)).toBeNull();
  });
});

describe('draining on SIGTERM (RELIABILITY 21)', () => {
  it('lets a running job finish within the grace period and claims nothing after the stop', async () => {
    const runner = startRunner(t, pool, { settings: { concurrency: 1 } });
    const running = await createPartFrom(t, perforatedPlateDxf(8_000));
    while ((await t.store.read.jobs.find(running.id))?.state !== 'running') await pause(5);
    const later = await createPartFrom(t, plate);
    await runner.stop({ graceMs: 10_000, abort: () => pool.close() });
    expect((await t.store.read.parts.findById(running.id, { company: null }))?.status).toBe('ready');
    await pause(100);
    expect((await t.store.read.parts.findById(later.id, { company: null }))?.status).toBe('queued');
    expect(await t.store.read.jobs.find(later.id)).toMatchObject({ state: 'queued', attempts: 0 });
  });

  it('releases a job still running when the grace period ends, and a restarted runner finishes it once', async () => {
    const own = createWorkerPool({ size: 1, timeLimitMs: 20_000, memoryMb: 256 });
    const runner = startRunner(t, own, { settings: { concurrency: 1 } });
    const created = await createPartFrom(t, perforatedPlateDxf(12_000));
    while ((await t.store.read.jobs.find(created.id))?.state !== 'running') await pause(5);
    await runner.stop({ graceMs: 20, abort: () => own.close() });
    expect(await t.store.read.jobs.find(created.id)).toMatchObject({
      state: 'queued',
      attempts: 0,
      leasedUntil: null,
    });
    expect(await t.eventTypes(created.id)).not.toContain('part.ready');
    const analyser = counting(pool);
    run(t, analyser);
    const part = await settled(t, created.id);
    expect(part.status).toBe('ready');
    expect(analyser.started).toHaveLength(1);
    expect(await t.store.read.jobs.find(created.id)).toMatchObject({ state: 'done', attempts: 1 });
    expect((await t.eventTypes(created.id)).filter((type) => type === 'part.ready')).toHaveLength(1);
  });
});

const fixtures = resolve(
  process.env.KERF_FIXTURES ?? join(import.meta.dirname, '../../../../../shared/fixtures/dxf'),
);
if (!existsSync(fixtures)) console.info(`parts: no fixture corpus at ${fixtures}; the corpus run is skipped`);

describe.runIf(existsSync(fixtures))('the fixture corpus end to end', () => {
  it('processes every fixture file to ready or failed through the job table and the pool', async () => {
    run(t, pool);
    const files = readdirSync(fixtures).filter((name) => name.endsWith('.dxf'));
    const started = performance.now();
    const created = [];
    for (const name of files)
      created.push(await createPartFrom(t, new Uint8Array(readFileSync(join(fixtures, name))), name));
    const parts = await Promise.all(created.map((part) => settled(t, part.id, 60_000)));
    const seconds = (performance.now() - started) / 1000;
    const ready = parts.filter((part) => part.status === 'ready');
    const megabytes = created.reduce((sum, part) => sum + part.size_bytes, 0) / 1e6;
    console.info(
      `parts: ${files.length} fixture files (${megabytes.toFixed(1)} MB) in ${seconds.toFixed(2)} s through 2 workers = ${(files.length / seconds).toFixed(1)} parts/s; ${ready.length} ready`,
    );
    expect(parts.every((part) => part.status === 'ready' || part.status === 'failed')).toBe(true);
    expect(ready.length).toBe(files.length);
  });
});
