import { transactionalStore } from '@kerf/service-kit';
import type { Kysely } from 'kysely';
import type { JobQueue } from '../../ports/job-queue.ts';
import type { PartsRepositories, PartsStore } from '../../ports/parts-store.ts';
import type { PartsDatabase } from './schema.ts';
import { sqliteJobQueue } from './sqlite-job-queue.ts';
import { sqlitePartOutbox } from './sqlite-outbox.ts';
import { sqlitePartRepository } from './sqlite-part-repository.ts';

/**
 * The parts store on a SQL database (SQLite or PostgreSQL) through Kysely; migrate it first. Changes
 * append events, so writers take turns on the outbox (ids in commit order, no deadlocks).
 */
export function sqlitePartsStore(
  db: Kysely<PartsDatabase>,
  options: {
    /** Where jobs go: the `jobs` table by default, or another queue in the same database (pg-boss). */
    readonly jobs?: (db: Kysely<PartsDatabase>) => JobQueue;
  } = {},
): PartsStore {
  const jobs = options.jobs ?? ((tx: Kysely<PartsDatabase>) => sqliteJobQueue(tx));
  return transactionalStore(db, (tx) => repositories(tx, jobs), { writersTakeTurnsOn: 'outbox' });
}

function repositories(
  db: Kysely<PartsDatabase>,
  jobs: (db: Kysely<PartsDatabase>) => JobQueue,
): PartsRepositories {
  return { parts: sqlitePartRepository(db), jobs: jobs(db), outbox: sqlitePartOutbox(db) };
}
