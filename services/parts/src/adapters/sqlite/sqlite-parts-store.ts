import { transactionalStore } from '@kerf/service-kit';
import type { Kysely } from 'kysely';
import type { JobQueue } from '../../ports/job-queue.ts';
import type { PartsRepositories, PartsStore } from '../../ports/parts-store.ts';
import type { PartsDatabase } from './schema.ts';
import { sqliteJobQueue } from './sqlite-job-queue.ts';
import { sqlitePartOutbox } from './sqlite-outbox.ts';
import { sqlitePartRepository } from './sqlite-part-repository.ts';

/** The parts store on a Kysely database (a SQLite file by default); migrate it first. */
export function sqlitePartsStore(
  db: Kysely<PartsDatabase>,
  options: {
    /** Where jobs go: the `jobs` table by default, or another queue in the same database (pg-boss). */
    readonly jobs?: (db: Kysely<PartsDatabase>) => JobQueue;
  } = {},
): PartsStore {
  const jobs = options.jobs ?? ((tx: Kysely<PartsDatabase>) => sqliteJobQueue(tx));
  return transactionalStore(db, (tx) => repositories(tx, jobs));
}

function repositories(
  db: Kysely<PartsDatabase>,
  jobs: (db: Kysely<PartsDatabase>) => JobQueue,
): PartsRepositories {
  return { parts: sqlitePartRepository(db), jobs: jobs(db), outbox: sqlitePartOutbox(db) };
}
