import { migrate, openSqlite } from '@kerf/service-kit';
import type { Kysely } from 'kysely';
import { quotesMigrations } from './migrations.ts';
import type { QuotesDatabase } from './schema.ts';

/** Opens a quotes SQLite file (or `:memory:`) and applies the migrations. */
export async function openQuotesDatabase(file: string): Promise<Kysely<QuotesDatabase>> {
  const db = openSqlite<QuotesDatabase>(file);
  await migrate(db, quotesMigrations);
  return db;
}
