import { migrate, openSqlite } from '@kerf/service-kit';
import type { Kysely } from 'kysely';
import type { IdGenerator } from '../../ports/runtime.ts';
import { quotingSeed } from '../../seed/quoting-seed.ts';
import { catalogMigrations } from './migrations.ts';
import type { CatalogDatabase } from './schema.ts';
import { seedCatalog } from './seed-catalog.ts';

/** Opens a catalog SQLite file (or `:memory:`), applies the migrations and the QUOTING.md seed once. */
export async function openCatalogDatabase(
  file: string,
  options: { readonly now: Date; readonly newId: IdGenerator; readonly seed?: boolean },
): Promise<Kysely<CatalogDatabase>> {
  const db = openSqlite<CatalogDatabase>(file);
  await migrate(db, catalogMigrations);
  if (options.seed ?? true) await seedCatalog(db, quotingSeed, options);
  return db;
}
