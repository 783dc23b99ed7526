import { isUniqueViolation } from '@kerf/service-kit';
import type { Kysely } from 'kysely';
import type { QualityRepository } from '../../ports/quality-repository.ts';
import type { CatalogDatabase } from './schema.ts';

/** Qualities in the `qualities` table. */
export function sqliteQualityRepository(db: Kysely<CatalogDatabase>): QualityRepository {
  return {
    list: () => db.selectFrom('qualities').selectAll().orderBy('id').execute(),
    async get(id) {
      return (await db.selectFrom('qualities').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
    },
    async insert(quality) {
      try {
        await db.insertInto('qualities').values(quality).execute();
        return 'ok';
      } catch (error) {
        if (isUniqueViolation(error)) return 'duplicate';
        throw error;
      }
    },
  };
}
