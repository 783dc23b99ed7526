import { sqliteOutbox, transactionalStore } from '@kerf/service-kit';
import type { Kysely } from 'kysely';
import type { QuotesRepositories, QuotesStore } from '../../ports/quotes-store.ts';
import type { QuotesDatabase } from './schema.ts';
import { sqliteFeedCursors } from './sqlite-feed-cursors.ts';
import { sqliteLineRepository } from './sqlite-line-repository.ts';
import { sqliteQuoteRepository } from './sqlite-quote-repository.ts';
import { sqliteReleaseQueue } from './sqlite-release-queue.ts';

/**
 * The quotes store on a SQL database (SQLite or PostgreSQL) through Kysely; migrate it first. Changes
 * append events, so writers take turns on the outbox (ids in commit order, no deadlocks).
 */
export function sqliteQuotesStore(db: Kysely<QuotesDatabase>): QuotesStore {
  return transactionalStore(db, repositories, { writersTakeTurnsOn: 'outbox' });
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
