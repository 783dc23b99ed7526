import { migrate, openDatabase } from '@kerf/service-kit';
import type { Kysely } from 'kysely';
import { partsMigrations } from './migrations.ts';
import type { PartsDatabase } from './schema.ts';

/**
 * Opens the parts service's SQL database (SQLite or PostgreSQL) at `location` (a SQLite file,
 * `:memory:` or a `postgres://` URL, see `openDatabase`) and applies the migrations.
 */
export async function openPartsDatabase(location: string): Promise<Kysely<PartsDatabase>> {
  const db = await openDatabase<PartsDatabase>(location);
  try {
    await migrate(db, partsMigrations);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}
