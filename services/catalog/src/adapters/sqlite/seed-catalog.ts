import { serialiseWriters } from '@kerf/service-kit';
import type { Kysely } from 'kysely';
import type { IdGenerator } from '../../ports/runtime.ts';
import type { CatalogSeed } from '../../seed/quoting-seed.ts';
import { pierceTimeFor } from '../../seed/quoting-seed.ts';
import type { CatalogDatabase } from './schema.ts';
import { shopRatesRowId } from './sqlite-shop-rates-repository.ts';

/** The name under which the QUOTING.md seed is recorded as applied. */
export const quotingSeedName = 'quoting-md-v1';

/**
 * Seeds the catalog once: when `catalog_seeds` already records the seed, nothing happens, so a
 * material the shop deleted or changed is never brought back or overwritten. Within the one run,
 * rows that already exist (by natural key) are skipped. No events: the seed is the initial state.
 * Replicas starting together on PostgreSQL take turns, so one seeds and the others see it done.
 * Returns true when it seeded.
 */
export async function seedCatalog(
  db: Kysely<CatalogDatabase>,
  seed: CatalogSeed,
  options: { readonly now: Date; readonly newId: IdGenerator; readonly name?: string },
): Promise<boolean> {
  const name = options.name ?? quotingSeedName;
  const at = options.now.toISOString();
  return db.transaction().execute(async (trx) => {
    await serialiseWriters<CatalogDatabase>(trx, 'catalog_seeds');
    const done = await trx
      .selectFrom('catalog_seeds')
      .select('name')
      .where('name', '=', name)
      .executeTakeFirst();
    if (done) return false;
    for (const quality of seed.qualities) {
      await trx
        .insertInto('qualities')
        .values({ id: quality.id, name: quality.name, density: quality.density, created_at: at })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    for (const quality of seed.qualities) {
      const speeds = seed.speeds[quality.id];
      for (const [index, thickness] of seed.thicknesses.entries()) {
        if (quality.price_per_kg !== null) {
          await insertMaterialIfMissing(trx, {
            id: options.newId(),
            name: quality.name,
            quality: quality.id,
            thickness,
            density: quality.density,
            price_per_kg: quality.price_per_kg,
            is_active: 1,
            created_at: at,
            updated_at: at,
          });
        }
        const speed = speeds?.[index];
        if (speed === undefined) continue;
        await trx
          .insertInto('cutting_parameters')
          .values({
            id: options.newId(),
            quality: quality.id,
            thickness,
            speed_mm_per_min: speed,
            pierce_time_s: pierceTimeFor(seed, quality.id, thickness),
            created_at: at,
            updated_at: at,
          })
          .onConflict((oc) => oc.columns(['quality', 'thickness']).doNothing())
          .execute();
      }
    }
    await trx
      .insertInto('shop_rates')
      .values({ id: shopRatesRowId, rates: JSON.stringify(seed.rates), updated_at: at })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    await trx.insertInto('catalog_seeds').values({ name, applied_at: at }).execute();
    return true;
  });
}

async function insertMaterialIfMissing(
  trx: Kysely<CatalogDatabase>,
  row: CatalogDatabase['materials'],
): Promise<void> {
  const existing = await trx
    .selectFrom('materials')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', row.name.toLowerCase()))
    .where('thickness', '=', row.thickness)
    .executeTakeFirst();
  if (!existing) await trx.insertInto('materials').values(row).execute();
}
