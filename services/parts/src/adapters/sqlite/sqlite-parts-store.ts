import type { Result } from '@kerf/service-kit';
import type { Kysely } from 'kysely';
import type { PartsRepositories, PartsStore } from '../../ports/parts-store.ts';
import type { PartsDatabase } from './schema.ts';
import { sqliteJobQueue } from './sqlite-job-queue.ts';
import { sqliteOutbox } from './sqlite-outbox.ts';
import { sqlitePartRepository } from './sqlite-part-repository.ts';

/** Thrown inside a transaction to roll it back when the work returns a failure. */
class Rollback extends Error {}

/** The parts store on a Kysely database (a SQLite file by default); migrate it first. */
export function sqlitePartsStore(db: Kysely<PartsDatabase>): PartsStore {
  return {
    read: repositories(db),
    async transact<T, E>(work: (tx: PartsRepositories) => Promise<Result<T, E>>) {
      let outcome: Result<T, E> | undefined;
      try {
        await db.transaction().execute(async (trx) => {
          outcome = await work(repositories(trx));
          if (!outcome.ok) throw new Rollback();
        });
      } catch (error) {
        if (!(error instanceof Rollback)) throw error;
      }
      return outcome as Result<T, E>;
    },
  };
}

function repositories(db: Kysely<PartsDatabase>): PartsRepositories {
  return { parts: sqlitePartRepository(db), jobs: sqliteJobQueue(db), outbox: sqliteOutbox(db) };
}
