import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { Worker } from 'node:worker_threads';
import { analyseDxf } from '@kerf/geometry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisOutcome } from '../../ports/geometry-analyser.ts';
import { bytesOf, perforatedPlateDxf, plateDxf } from '../../testing/dxf-samples.ts';
import { spawnGeometryWorker } from './spawn-geometry-worker.ts';
import type { SpawnWorker } from './spawn-geometry-worker.ts';
import type { WorkerPool } from './worker-pool.ts';
import { createWorkerPool } from './worker-pool.ts';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const task = (text: string, options = {}) => {
  const bytes = bytesOf(text);
  return { bytes, sha256: sha(bytes), options };
};
const plate = plateDxf({
  width: 120,
  height: 80,
  holes: [
    { x: 30, y: 40, d: 12 },
    { x: 90, y: 40, d: 8 },
  ],
});

/** A spawn function that remembers every worker it started. */
function recordingSpawn(): { spawn: SpawnWorker; workers: Worker[] } {
  const workers: Worker[] = [];
  return {
    workers,
    spawn: (limits) => {
      const worker = spawnGeometryWorker(limits);
      workers.push(worker);
      return worker;
    },
  };
}

describe('worker pool', () => {
  let pool: WorkerPool;
  beforeAll(() => {
    pool = createWorkerPool({ size: 2, timeLimitMs: 10_000, memoryMb: 256 });
  });
  afterAll(() => pool.close());

  it('analyses a plate with holes in a worker thread, reporting progress', async () => {
    const progress: number[] = [];
    const outcome = await pool.analyse(task(perforatedPlateDxf(3000)), (fraction) => progress.push(fraction));
    expect(outcome.kind).toBe('analysed');
    if (outcome.kind !== 'analysed' || 'error' in outcome.result) throw new Error('not analysed');
    expect(outcome.threadId).not.toBe(threadId);
    expect(outcome.result.facts.pierces).toBe(3001);
    expect(outcome.result.facts.holes_in_outer).toBe(3000);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((fraction) => fraction >= 0 && fraction <= 1)).toBe(true);
  });

  it('runs tasks on every thread and gives each its own answer', async () => {
    const outcomes = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((n) =>
        pool.analyse(task(plateDxf({ width: 10 * n, height: 10, holes: [] })), () => undefined),
      ),
    );
    const widths = outcomes.map((o) =>
      o.kind === 'analysed' && !('error' in o.result) ? o.result.facts.size?.[0] : null,
    );
    expect(widths).toEqual([10, 20, 30, 40, 50, 60]);
    const threads = new Set(outcomes.map((o) => (o.kind === 'analysed' ? o.threadId : -1)));
    expect(threads.size).toBe(2);
  });

  it('answers a wrong SHA-256 with checksum-mismatch and a non-DXF with the engine error', async () => {
    const wrong = { ...task(plate), sha256: '0'.repeat(64) };
    expect(await pool.analyse(wrong, () => undefined)).toMatchObject({ kind: 'checksum-mismatch' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const outcome = await pool.analyse({ bytes: png, sha256: sha(png), options: {} }, () => undefined);
    expect(outcome).toMatchObject({ kind: 'analysed', result: { error: { code: 'not-a-dxf' } } });
  });

  it('passes entity limits to the engine', async () => {
    const outcome = await pool.analyse(task(perforatedPlateDxf(200), { maxEntities: 50 }), () => undefined);
    expect(outcome).toMatchObject({ kind: 'analysed', result: { error: { code: 'too-complex' } } });
  });
});

describe('worker pool limits and faults', () => {
  it('terminates a task past the time limit and keeps serving with a new worker', async () => {
    const { spawn, workers } = recordingSpawn();
    const pool = createWorkerPool({ size: 1, timeLimitMs: 150, memoryMb: 256, spawn });
    try {
      const slow = await pool.analyse(task(perforatedPlateDxf(40_000)), () => undefined);
      expect(slow).toEqual({ kind: 'timeout', limitMs: 150 });
      const next = await pool.analyse(task(plate), () => undefined);
      expect(next.kind).toBe('analysed');
      expect(workers).toHaveLength(2);
    } finally {
      await pool.close();
    }
  });

  it('ends a task whose worker runs out of memory with out-of-memory', async () => {
    // 16 MB is the smallest limit the service accepts (PARTS_MEMORY_MB); at 8 MB, below it, a fresh
    // worker booting the TypeScript engine ran out of memory on the small plate too under CI load.
    const pool = createWorkerPool({ size: 1, timeLimitMs: 20_000, memoryMb: 16 });
    try {
      const outcome = await pool.analyse(task(perforatedPlateDxf(60_000)), () => undefined);
      expect(outcome.kind).toBe('out-of-memory');
      expect((await pool.analyse(task(plate), () => undefined)).kind).toBe('analysed');
    } finally {
      await pool.close();
    }
  });

  it('ends a task whose worker is killed mid-task with crashed, never hanging', async () => {
    const { spawn, workers } = recordingSpawn();
    const pool = createWorkerPool({ size: 1, timeLimitMs: 20_000, memoryMb: 256, spawn });
    try {
      const running = pool.analyse(task(perforatedPlateDxf(20_000)), () => void workers[0]!.terminate());
      const outcome: AnalysisOutcome = await running;
      expect(outcome.kind).toBe('crashed');
      expect((await pool.analyse(task(plate), () => undefined)).kind).toBe('analysed');
    } finally {
      await pool.close();
    }
  });

  it('aborts queued and running tasks on close', async () => {
    const pool = createWorkerPool({ size: 1, timeLimitMs: 20_000, memoryMb: 256 });
    const running = pool.analyse(task(perforatedPlateDxf(20_000)), () => undefined);
    const queued = pool.analyse(task(plate), () => undefined);
    await new Promise((done) => setTimeout(done, 50));
    await pool.close();
    expect(await running).toEqual({ kind: 'aborted' });
    expect(await queued).toEqual({ kind: 'aborted' });
    expect(await pool.analyse(task(plate), () => undefined)).toEqual({ kind: 'aborted' });
  });
});

const fixtures = resolve(
  process.env.KERF_FIXTURES ?? join(import.meta.dirname, '../../../../../../shared/fixtures/dxf'),
);

describe.runIf(existsSync(fixtures))('worker pool on fixture files', () => {
  it('gives the same answer as the engine on the main thread for small fixture files', async () => {
    const pool = createWorkerPool({ size: 2, timeLimitMs: 30_000, memoryMb: 512 });
    try {
      const files = readdirSync(fixtures)
        .filter((name) => name.endsWith('.dxf') && statSync(join(fixtures, name)).size < 20_000)
        .slice(0, 10);
      expect(files.length).toBeGreaterThan(0);
      const outcomes = await Promise.all(
        files.map((name) => {
          const bytes = new Uint8Array(readFileSync(join(fixtures, name)));
          return pool.analyse({ bytes, sha256: sha(bytes), options: {} }, () => undefined);
        }),
      );
      for (const [index, name] of files.entries()) {
        const direct = analyseDxf(new Uint8Array(readFileSync(join(fixtures, name))));
        const pooled = outcomes[index];
        expect(pooled?.kind === 'analysed' ? pooled.result : null, name).toEqual(direct);
      }
    } finally {
      await pool.close();
    }
  });
});

if (!existsSync(fixtures))
  console.info(`parts pool: no fixture corpus at ${fixtures}; the corpus test is skipped`);
