import type { Kysely } from 'kysely';
import type { ReferenceRepository } from '../../ports/reference-repository.ts';
import type { CatalogDatabase } from './schema.ts';

/** Material references in the `material_references` table. */
export function sqliteReferenceRepository(db: Kysely<CatalogDatabase>): ReferenceRepository {
  return {
    async record(materialId, reference, at) {
      await db
        .insertInto('material_references')
        .values({ material_id: materialId, reference, created_at: at })
        .onConflict((oc) => oc.columns(['material_id', 'reference']).doNothing())
        .execute();
    },
    async release(materialId, reference) {
      await db
        .deleteFrom('material_references')
        .where('material_id', '=', materialId)
        .where('reference', '=', reference)
        .execute();
    },
    async count(materialId) {
      const row = await db
        .selectFrom('material_references')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('material_id', '=', materialId)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
  };
}
