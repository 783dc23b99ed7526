import type { Kysely } from 'kysely';
import type { ShopRates } from '../../ports/records.ts';
import type { ShopRatesRepository } from '../../ports/shop-rates-repository.ts';
import type { CatalogDatabase } from './schema.ts';

/** The row id of the one shop-rates record. */
export const shopRatesRowId = 1;

/** The shop rates as one JSON row of the `shop_rates` table. */
export function sqliteShopRatesRepository(db: Kysely<CatalogDatabase>): ShopRatesRepository {
  return {
    async get() {
      const row = await db
        .selectFrom('shop_rates')
        .selectAll()
        .where('id', '=', shopRatesRowId)
        .executeTakeFirst();
      if (!row) throw new Error('shop rates are missing: the catalog was not seeded');
      return { ...(JSON.parse(row.rates) as Omit<ShopRates, 'updated_at'>), updated_at: row.updated_at };
    },
    async save({ updated_at, ...rates }) {
      await db
        .insertInto('shop_rates')
        .values({ id: shopRatesRowId, rates: JSON.stringify(rates), updated_at })
        .onConflict((oc) => oc.column('id').doUpdateSet({ rates: JSON.stringify(rates), updated_at }))
        .execute();
    },
  };
}
