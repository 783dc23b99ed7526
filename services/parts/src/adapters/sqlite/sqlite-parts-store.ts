import { transactionalStore } from '@kerf/service-kit';
import type { Kysely } from 'kysely';
import type { PartsRepositories, PartsStore } from '../../ports/parts-store.ts';
import type { PartsDatabase } from './schema.ts';
import { sqliteJobQueue } from './sqlite-job-queue.ts';
import { sqlitePartOutbox } from './sqlite-outbox.ts';
import { sqlitePartRepository } from './sqlite-part-repository.ts';

/** The parts store on a Kysely database (a SQLite file by default); migrate it first. */
export function sqlitePartsStore(db: Kysely<PartsDatabase>): PartsStore {
  return transactionalStore(db, repositories);
}

function repositories(db: Kysely<PartsDatabase>): PartsRepositories {
  return { parts: sqlitePartRepository(db), jobs: sqliteJobQueue(db), outbox: sqlitePartOutbox(db) };
}
