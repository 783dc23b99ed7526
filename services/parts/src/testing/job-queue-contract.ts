import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobLease, JobQueue } from '../ports/job-queue.ts';

/** A fresh, empty job queue for one test, and how to dispose of it. */
export interface OpenedJobQueue {
  readonly jobs: JobQueue;
  close(): Promise<void>;
}

const lease = 1_000;

/**
 * What every JobQueue adapter must do, as a suite (times are made up: the port takes them from the
 * caller). Run it from each adapter's test file.
 */
export function describeJobQueue(name: string, open: () => Promise<OpenedJobQueue>): void {
  describe(`${name} (JobQueue contract)`, () => {
    let t: OpenedJobQueue;
    let jobs: JobQueue;
    beforeEach(async () => {
      t = await open();
      jobs = t.jobs;
    });
    afterEach(() => t.close());

    it('leases a queued job once, then nothing until the lease expires, then re-claims it as the next attempt', async () => {
      await jobs.enqueue('p1', 1, 0);
      const first = await jobs.claim('a', 10, lease);
      expect(first).toMatchObject({ partId: 'p1', revision: 1, attempt: 1, leasedUntil: 10 + lease });
      expect(await jobs.claim('b', 500, lease)).toBeNull();
      const again = await jobs.claim('b', 10 + lease, lease);
      expect(again).toMatchObject({ partId: 'p1', attempt: 2 });
      expect(again!.token).not.toBe(first!.token);
      // The first holder lost its lease: nothing it does changes the job any more.
      expect(await jobs.renew(first!, 1_100, lease)).toBe(false);
      expect(await jobs.complete(first!, 1_100)).toBe(false);
      expect(await jobs.find('p1')).toMatchObject({ state: 'running', attempts: 2 });
      expect(await jobs.complete(again!, 1_100)).toBe(true);
      expect(await jobs.find('p1')).toMatchObject({ state: 'done' });
      expect(await jobs.claim('c', 1_000_000, lease)).toBeNull();
    });

    it('keeps a renewed lease from being re-claimed', async () => {
      await jobs.enqueue('p1', 1, 0);
      const held = await jobs.claim('a', 0, lease);
      for (const at of [600, 1_200, 1_800]) expect(await jobs.renew(held!, at, lease)).toBe(true);
      expect(await jobs.claim('b', 2_500, lease)).toBeNull();
      expect(await jobs.claim('b', 2_800, lease)).toMatchObject({ attempt: 2 });
    });

    it('never shortens a lease when renewals commit out of order (they overlap on PostgreSQL)', async () => {
      await jobs.enqueue('p1', 1, 0);
      const held = (await jobs.claim('a', 10, 1_000))!;
      expect(await jobs.renew(held, 500, 1_000)).toBe(true);
      // The renewal sent at 100 commits last.
      expect(await jobs.renew(held, 100, 1_000)).toBe(true);
      expect(await jobs.claim('b', 1_200, 1_000)).toBeNull();
      expect(await jobs.claim('b', 1_500, 1_000)).toMatchObject({ attempt: 2 });
    });

    it('gives a retried job back at its backoff time with the attempt counted, and a released one at once without', async () => {
      await jobs.enqueue('p1', 1, 0);
      const first = await jobs.claim('a', 0, lease);
      expect(await jobs.retry(first!, 5_000, 'blob-missing: gone', 100)).toBe(true);
      expect(await jobs.find('p1')).toMatchObject({
        state: 'queued',
        attempts: 1,
        availableAt: 5_000,
        lastError: 'blob-missing: gone',
      });
      expect(await jobs.claim('a', 4_999, lease)).toBeNull();
      const second = await jobs.claim('a', 5_000, lease);
      expect(second).toMatchObject({ attempt: 2 });
      expect(await jobs.release(second!, 5_100)).toBe(true);
      expect(await jobs.find('p1')).toMatchObject({ state: 'queued', attempts: 1, availableAt: 5_100 });
      expect(await jobs.claim('a', 5_100, lease)).toMatchObject({ attempt: 2 });
    });

    it('ends a failed job for good', async () => {
      await jobs.enqueue('p1', 1, 0);
      const held = await jobs.claim('a', 0, lease);
      expect(await jobs.fail(held!, { code: 'not-a-dxf', message: 'PNG' }, 10)).toBe(true);
      expect(await jobs.find('p1')).toMatchObject({ state: 'failed', lastError: 'not-a-dxf: PNG' });
      expect(await jobs.claim('a', 1_000_000, lease)).toBeNull();
    });

    it('claims due jobs oldest first and never hands one job to two claimers', async () => {
      await jobs.enqueue('late', 1, 300);
      await jobs.enqueue('early', 1, 100);
      await jobs.enqueue('later', 1, 200);
      const claims = await Promise.all(['a', 'b', 'c', 'd'].map((owner) => jobs.claim(owner, 1_000, lease)));
      const ids = claims.map((claim) => claim?.partId ?? null);
      expect(ids.filter(Boolean).sort()).toEqual(['early', 'late', 'later']);
      expect(ids).toContain(null);
      expect((await jobs.claim('e', 0, lease)) ?? null).toBeNull();
    });

    it('replaces a part job on a new run, so the old holder can no longer finish it', async () => {
      await jobs.enqueue('p1', 1, 0);
      const old = await jobs.claim('a', 0, lease);
      await jobs.enqueue('p1', 2, 50);
      expect(await jobs.complete(old!, 60)).toBe(false);
      expect(await jobs.claim('b', 60, lease)).toMatchObject({ partId: 'p1', revision: 2, attempt: 1 });
      await jobs.remove('p1');
      expect(await jobs.find('p1')).toBeNull();
    });

    it('never hands one job to two claimers in parallel, over many jobs and rounds', async () => {
      for (let i = 0; i < 24; i += 1) await jobs.enqueue(`p${String(i).padStart(2, '0')}`, 1, i);
      const leased: JobLease[] = [];
      for (let round = 0; round < 4; round += 1) {
        const claims = await Promise.all(
          Array.from({ length: 8 }, (_, i) => jobs.claim(`w${i}`, 100, lease)),
        );
        leased.push(...claims.filter((claim): claim is JobLease => claim !== null));
      }
      const ids = leased.map((held) => held.partId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(24);
      expect(new Set(leased.map((held) => held.token)).size).toBe(24);
      expect(await jobs.claim('late', 100, lease)).toBeNull();
    });

    it('re-claims a lease that expired without renewal, and the stale holder changes nothing', async () => {
      await jobs.enqueue('p1', 1, 0);
      const stale = await jobs.claim('a', 0, lease);
      expect(await jobs.claim('b', lease - 1, lease)).toBeNull();
      const fresh = await jobs.claim('b', lease, lease);
      expect(fresh).toMatchObject({ partId: 'p1', revision: 1, attempt: 2, leasedUntil: 2 * lease });
      const before = await jobs.find('p1');
      expect(await jobs.complete(stale!, lease + 1)).toBe(false);
      expect(await jobs.fail(stale!, { code: 'not-a-dxf', message: 'x' }, lease + 1)).toBe(false);
      expect(await jobs.retry(stale!, lease + 5, 'late', lease + 1)).toBe(false);
      expect(await jobs.release(stale!, lease + 1)).toBe(false);
      expect(await jobs.renew(stale!, lease + 1, lease)).toBe(false);
      expect(await jobs.find('p1')).toEqual(before);
      expect(before).toMatchObject({ state: 'running', attempts: 2, leasedUntil: 2 * lease });
      expect(await jobs.renew(fresh!, lease + 500, lease)).toBe(true);
      expect(await jobs.find('p1')).toMatchObject({ leasedUntil: 2 * lease + 500 });
    });
  });
}
