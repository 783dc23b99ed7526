import { migrate, openDatabase } from '@kerf/service-kit';
import type { Kysely } from 'kysely';
import { quotesMigrations } from './migrations.ts';
import type { QuotesDatabase } from './schema.ts';

/**
 * Opens the quotes service's SQL database (SQLite or PostgreSQL) at `location` (a SQLite file,
 * `:memory:` or a `postgres://` URL, see `openDatabase`) and applies the migrations.
 */
export async function openQuotesDatabase(location: string): Promise<Kysely<QuotesDatabase>> {
  const db = await openDatabase<QuotesDatabase>(location);
  try {
    await migrate(db, quotesMigrations);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}
