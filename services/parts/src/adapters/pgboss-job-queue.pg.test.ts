import { openDatabase, parsePostgresLocation } from '@kerf/service-kit';
import { testDatabaseLocation } from '@kerf/service-kit/testing';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { describeJobQueue } from '../testing/job-queue-contract.ts';
import type { PgBossJobs } from './pgboss-job-queue.ts';
import { startPgBossJobs } from './pgboss-job-queue.ts';

/** A fresh schema of the throw-away server, with pg-boss's tables in `<schema>_jobs`. */
async function openBoss(): Promise<{ db: Kysely<unknown>; boss: PgBossJobs; close(): Promise<void> }> {
  const location = testDatabaseLocation();
  const { url, schema } = parsePostgresLocation(location)!;
  const db = await openDatabase<unknown>(location);
  // Maintenance off: its clock is the database's, the contract's times are made up.
  const boss = await startPgBossJobs({ url, schema: `${schema}_jobs`, supervise: false });
  return {
    db,
    boss,
    close: async () => {
      await boss.stop();
      await db.destroy();
    },
  };
}

describeJobQueue('pg-boss job queue', async () => {
  const { db, boss, close } = await openBoss();
  return { jobs: boss.queue(db), close };
});

describe('pg-boss job queue', () => {
  it('keeps its jobs in pg-boss (one row per part in its job table) and enqueues inside the caller transaction', async () => {
    const { db, boss, close } = await openBoss();
    try {
      const jobs = boss.queue(db);
      await jobs.enqueue('p1', 1, 0);
      await jobs.enqueue('p1', 2, 0);
      const job = sql.table(`${boss.schema}.job`);
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${job}`.execute(db);
      expect(rows[0]?.n).toBe(1);
      await db
        .transaction()
        .execute(async (tx) => {
          await boss.queue(tx).enqueue('p2', 1, 0);
          throw new Error('rolled back');
        })
        .catch(() => undefined);
      expect(await jobs.find('p2')).toBeNull();
      expect(await jobs.find('p1')).toMatchObject({ revision: 2, state: 'queued' });
    } finally {
      await close();
    }
  });

  it('is ready while started (the readiness check `job_queue`), and not once stopped', async () => {
    const { boss, close } = await openBoss();
    await expect(boss.ready()).resolves.toBeUndefined();
    await close();
    await expect(boss.ready()).rejects.toThrow(/stopped/);
  });

  it('lets replicas with pools of their own share the queue without double claims', async () => {
    const location = testDatabaseLocation();
    const { url, schema } = parsePostgresLocation(location)!;
    const replicas = await Promise.all(
      [1, 2, 3].map(async () => {
        const db = await openDatabase<unknown>(location);
        const boss = await startPgBossJobs({ url, schema: `${schema}_jobs`, supervise: false });
        return { db, boss, jobs: boss.queue(db) };
      }),
    );
    try {
      for (let i = 0; i < 30; i += 1) await replicas[i % 3]!.jobs.enqueue(`p${i}`, 1, 0);
      const claimed = await Promise.all(
        replicas.flatMap(({ jobs }) =>
          Array.from({ length: 12 }, (_, i) => jobs.claim(`r${i}`, Date.now(), 30_000)),
        ),
      );
      const ids = claimed.flatMap((lease) => (lease ? [lease.partId] : []));
      expect(ids.length).toBe(30);
      expect(new Set(ids).size).toBe(30);
    } finally {
      for (const { db, boss } of replicas) {
        await boss.stop();
        await db.destroy();
      }
    }
  });
});
