import type { Result } from '@kerf/service-kit';
import type { CuttingParameterRepository } from './cutting-parameter-repository.ts';
import type { MaterialRepository } from './material-repository.ts';
import type { Outbox } from './outbox.ts';
import type { QualityRepository } from './quality-repository.ts';
import type { ReferenceRepository } from './reference-repository.ts';
import type { ShopRatesRepository } from './shop-rates-repository.ts';

/** Every repository of the catalog, bound to one connection or transaction. */
export interface CatalogRepositories {
  readonly qualities: QualityRepository;
  readonly materials: MaterialRepository;
  readonly references: ReferenceRepository;
  readonly cuttingParameters: CuttingParameterRepository;
  readonly shopRates: ShopRatesRepository;
  readonly outbox: Outbox;
}

/** The catalog's storage: reads, and changes that commit together with their events or not at all. */
export interface CatalogStore {
  /** Repositories outside any transaction, for reads. */
  readonly read: CatalogRepositories;
  /**
   * Runs `work` in one transaction: commits when it succeeds, rolls back when it returns a failure or
   * throws (the error is rethrown). So a refused change leaves no event behind.
   */
  transact<T, E>(work: (tx: CatalogRepositories) => Promise<Result<T, E>>): Promise<Result<T, E>>;
}
