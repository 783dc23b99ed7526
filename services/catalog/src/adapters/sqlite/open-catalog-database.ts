import { migrate, openDatabase } from '@kerf/service-kit';
import type { Kysely } from 'kysely';
import type { IdGenerator } from '../../ports/runtime.ts';
import { quotingSeed } from '../../seed/quoting-seed.ts';
import { catalogMigrations } from './migrations.ts';
import type { CatalogDatabase } from './schema.ts';
import { seedCatalog } from './seed-catalog.ts';

/**
 * Opens the catalog's SQL database (SQLite or PostgreSQL) at `location` (a SQLite file, `:memory:`
 * or a `postgres://` URL, see `openDatabase`), applies the migrations and the QUOTING.md seed once.
 */
export async function openCatalogDatabase(
  location: string,
  options: { readonly now: Date; readonly newId: IdGenerator; readonly seed?: boolean },
): Promise<Kysely<CatalogDatabase>> {
  const db = await openDatabase<CatalogDatabase>(location);
  try {
    await migrate(db, catalogMigrations);
    if (options.seed ?? true) await seedCatalog(db, quotingSeed, options);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}
