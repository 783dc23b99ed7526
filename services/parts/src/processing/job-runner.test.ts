import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobLease } from '../ports/job-queue.ts';
import { quietLogger } from '../testing/test-processing.ts';
import type { TestParts } from '../testing/test-parts.ts';
import { openTestParts } from '../testing/test-parts.ts';
import type { JobRunnerOptions } from './job-runner.ts';
import { createJobRunner } from './job-runner.ts';

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

let t: TestParts;
beforeEach(async () => {
  t = await openTestParts();
});
afterEach(() => t.close());

function options(
  process: JobRunnerOptions['process'],
  overrides: Partial<JobRunnerOptions> = {},
): JobRunnerOptions {
  return {
    queue: t.store.read.jobs,
    process,
    concurrency: 2,
    owner: 'runner',
    leaseMs: 1_000,
    pollMs: 10,
    clock: () => new Date(),
    logger: quietLogger(),
    ...overrides,
  };
}

describe('job runner', () => {
  it('never holds more jobs than its concurrency and ends every queued job', async () => {
    let running = 0;
    let most = 0;
    const done: string[] = [];
    const runner = createJobRunner(
      options(async (lease) => {
        running += 1;
        most = Math.max(most, running);
        await pause(15);
        running -= 1;
        await t.store.read.jobs.complete(lease, Date.now());
        done.push(lease.partId);
      }),
    );
    for (let i = 0; i < 7; i += 1) await t.store.read.jobs.enqueue(`p${i}`, 1, Date.now());
    runner.start();
    while (done.length < 7) await pause(5);
    await runner.stop({ graceMs: 1_000, abort: async () => undefined });
    expect(most).toBe(2);
    expect(done.sort()).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
  });

  it('claims at once when woken, without waiting for the next check', async () => {
    const started: number[] = [];
    const runner = createJobRunner(
      options(
        async (lease) => {
          started.push(Date.now());
          await t.store.read.jobs.complete(lease, Date.now());
        },
        { pollMs: 60_000 },
      ),
    );
    runner.start();
    await pause(20);
    const queuedAt = Date.now();
    await t.store.read.jobs.enqueue('p1', 1, queuedAt);
    runner.wake();
    while (started.length === 0) await pause(2);
    expect(started[0]! - queuedAt).toBeLessThan(500);
    await runner.stop({ graceMs: 1_000, abort: async () => undefined });
  });

  it('leaves the lease of a job whose processing threw to expire, and claims it again', async () => {
    const leases: JobLease[] = [];
    const events: { event: string; fields: Record<string, unknown> }[] = [];
    const runner = createJobRunner(
      options(
        async (lease) => {
          leases.push(lease);
          if (leases.length === 1) throw new Error('database went away');
          await t.store.read.jobs.complete(lease, Date.now());
        },
        { leaseMs: 80, logger: quietLogger(events) },
      ),
    );
    await t.store.read.jobs.enqueue('p1', 1, Date.now());
    runner.start();
    while (leases.length < 2) await pause(5);
    await runner.stop({ graceMs: 1_000, abort: async () => undefined });
    expect(leases.map((lease) => lease.attempt)).toEqual([1, 2]);
    expect(events.some((entry) => entry.event === 'job-crashed')).toBe(true);
    expect(await t.store.read.jobs.find('p1')).toMatchObject({ state: 'done' });
  });

  it('aborts jobs still running after the grace period', async () => {
    let release: () => void = () => undefined;
    const runner = createJobRunner(
      options(async () => {
        await new Promise<void>((resolve) => (release = resolve));
      }),
    );
    await t.store.read.jobs.enqueue('p1', 1, Date.now());
    runner.start();
    while (runner.running() === 0) await pause(2);
    let aborted = false;
    await runner.stop({
      graceMs: 20,
      abort: async () => {
        aborted = true;
        release();
      },
    });
    expect(aborted).toBe(true);
    expect(runner.running()).toBe(0);
  });
});
