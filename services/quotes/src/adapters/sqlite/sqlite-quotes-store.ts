import type { Result } from '@kerf/service-kit';
import type { Kysely } from 'kysely';
import type { QuotesRepositories, QuotesStore } from '../../ports/quotes-store.ts';
import type { QuotesDatabase } from './schema.ts';
import { sqliteFeedCursors } from './sqlite-feed-cursors.ts';
import { sqliteLineRepository } from './sqlite-line-repository.ts';
import { sqliteOutbox } from './sqlite-outbox.ts';
import { sqliteQuoteRepository } from './sqlite-quote-repository.ts';
import { sqliteReleaseQueue } from './sqlite-release-queue.ts';

/** Thrown inside a transaction to roll it back when the work returns a failure. */
class Rollback extends Error {}

/** The quotes store on a Kysely database (SQLite files by default); migrate it first. */
export function sqliteQuotesStore(db: Kysely<QuotesDatabase>): QuotesStore {
  return {
    read: repositories(db),
    async transact<T, E>(work: (tx: QuotesRepositories) => Promise<Result<T, E>>) {
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

function repositories(db: Kysely<QuotesDatabase>): QuotesRepositories {
  return {
    quotes: sqliteQuoteRepository(db),
    lines: sqliteLineRepository(db),
    outbox: sqliteOutbox(db),
    cursors: sqliteFeedCursors(db),
    releases: sqliteReleaseQueue(db),
  };
}
