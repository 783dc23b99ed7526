import { migrate, openSqlite } from '@kerf/service-kit';
import type { Kysely } from 'kysely';
import { partsMigrations } from './migrations.ts';
import type { PartsDatabase } from './schema.ts';

/** Opens a parts SQLite file (or `:memory:`) and applies the migrations. */
export async function openPartsDatabase(file: string): Promise<Kysely<PartsDatabase>> {
  const db = openSqlite<PartsDatabase>(file);
  await migrate(db, partsMigrations);
  return db;
}
