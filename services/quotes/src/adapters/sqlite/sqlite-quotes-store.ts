import { sqliteOutbox, transactionalStore } from '@kerf/service-kit';
import type { Kysely } from 'kysely';
import type { QuotesRepositories, QuotesStore } from '../../ports/quotes-store.ts';
import type { QuotesDatabase } from './schema.ts';
import { sqliteFeedCursors } from './sqlite-feed-cursors.ts';
import { sqliteLineRepository } from './sqlite-line-repository.ts';
import { sqliteQuoteRepository } from './sqlite-quote-repository.ts';
import { sqliteReleaseQueue } from './sqlite-release-queue.ts';

/** The quotes store on a Kysely database (SQLite files by default); migrate it first. */
export function sqliteQuotesStore(db: Kysely<QuotesDatabase>): QuotesStore {
  return transactionalStore(db, repositories);
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
