import { testDatabaseLocation } from '@kerf/service-kit/testing';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { JobLease, JobQueue } from '../../ports/job-queue.ts';
import { openPartsDatabase } from './open-parts-database.ts';
import type { PartsDatabase } from './schema.ts';
import { sqliteJobQueue } from './sqlite-job-queue.ts';

// PostgreSQL only: replicas of the parts service claiming from one jobs table at the same time.

const opened: Kysely<PartsDatabase>[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()));
});

/** The job queues of `count` replicas started together on one fresh schema. */
async function replicas(count: number): Promise<JobQueue[]> {
  const location = testDatabaseLocation();
  const dbs = await Promise.all(Array.from({ length: count }, () => openPartsDatabase(location)));
  opened.push(...dbs);
  return dbs.map((db) => sqliteJobQueue(db));
}

/** Claims until the queue has nothing for `now`, from `claimers` concurrent loops per replica. */
async function drain(
  queues: JobQueue[],
  claimers: number,
  now: number,
  leaseMs: number,
): Promise<JobLease[]> {
  const leases: JobLease[] = [];
  const loops = queues.flatMap((queue, replica) =>
    Array.from({ length: claimers }, async (_, n) => {
      for (;;) {
        const lease = await queue.claim(`r${replica}-${n}`, now, leaseMs);
        if (!lease) return;
        leases.push(lease);
      }
    }),
  );
  await Promise.all(loops);
  return leases;
}

describe('the jobs table shared by replicas on PostgreSQL', () => {
  it('never leases one job to two claimers, and leases every job', async () => {
    const queues = await replicas(3);
    const ids = Array.from({ length: 120 }, (_, i) => `p${String(i).padStart(3, '0')}`);
    for (const id of ids) await queues[0]!.enqueue(id, 1, 0);
    const leases = await drain(queues, 4, 10, 60_000);
    expect(leases.map((lease) => lease.partId).sort()).toEqual(ids);
    expect(leases.every((lease) => lease.attempt === 1)).toBe(true);
  });

  it('re-leases each expired job once when several replicas find it expired together', async () => {
    const queues = await replicas(3);
    const ids = Array.from({ length: 60 }, (_, i) => `p${String(i).padStart(3, '0')}`);
    for (const id of ids) await queues[1]!.enqueue(id, 1, 0);
    const first = await drain(queues, 3, 10, 100);
    expect(first).toHaveLength(ids.length);
    const second = await drain(queues, 4, 1_000, 60_000);
    expect(second.map((lease) => lease.partId).sort()).toEqual(ids);
    expect(second.every((lease) => lease.attempt === 2)).toBe(true);
    // Only the newest holder of each job may end it.
    const ended = await Promise.all([...first, ...second].map((lease) => queues[2]!.complete(lease, 2_000)));
    expect(ended.filter(Boolean)).toHaveLength(ids.length);
  });
});
