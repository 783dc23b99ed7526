import { success } from './failure.ts';
import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import type { components } from '@kerf/openapi/catalog';
import type { CatalogStore } from '../ports/catalog-store.ts';
import type { ShopRates } from '../ports/records.ts';
import type { ChangeDeps } from './deps.ts';
import { mayManageCatalog, mayReadCatalog } from './policy.ts';

/** The id events carry for the one shop-rates record. */
export const shopRatesEntityId = 'shop-rates';

/** Reads the shop rates (shop only). */
export function getShopRates(deps: { readonly store: CatalogStore }) {
  return story<{ actor: Principal }>('getShopRates')
    .step('allowed', ({ input }) => mayReadCatalog(input.actor))
    .step('rates', async () => success(await deps.store.read.shopRates.get()))
    .returns(({ rates }) => rates);
}

/** Changes some rates and records `shop-rates.updated`. */
export function updateShopRates(deps: Pick<ChangeDeps, 'store' | 'clock'>) {
  return story<{ actor: Principal; changes: components['schemas']['ShopRatesChanges'] }>('updateShopRates')
    .step('allowed', ({ input }) => mayManageCatalog(input.actor))
    .step('rates', ({ input }) =>
      deps.store.transact(async (tx) => {
        const at = deps.clock().toISOString();
        const rates: ShopRates = { ...(await tx.shopRates.get()), ...input.changes, updated_at: at };
        await tx.shopRates.save(rates);
        await tx.outbox.append({
          type: 'shop-rates.updated',
          entity_id: shopRatesEntityId,
          payload: rates,
          at,
        });
        return success(rates);
      }),
    )
    .returns(({ rates }) => rates);
}
