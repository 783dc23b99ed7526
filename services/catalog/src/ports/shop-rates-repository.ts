import type { ShopRates } from './records.ts';

/** The one shop-rates record. */
export interface ShopRatesRepository {
  /** The rates (seeded, so always present after migration and seeding). */
  get(): Promise<ShopRates>;
  /** Replaces the rates. */
  save(rates: ShopRates): Promise<void>;
}
