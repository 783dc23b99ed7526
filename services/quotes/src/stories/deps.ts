import type { Logger } from '@kerf/service-kit';
import type { CatalogSource, MaterialReferences } from '../ports/catalog-source.ts';
import type { CompanyDirectory } from '../ports/company-directory.ts';
import type { PartSource } from '../ports/part-source.ts';
import type { QuotesStore } from '../ports/quotes-store.ts';
import type { Clock, IdGenerator } from '../ports/runtime.ts';

/** Limits and defaults of the quotes service. */
export interface QuotesSettings {
  /** The largest quantity a line may have (at most the contract's 100000). */
  readonly maxQuantity: number;
  /** Days a new quote is valid for when no date is given. */
  readonly validityDays: number;
}

/** What the stories need: storage with its outbox, the other services, a clock and ids. */
export interface QuotesDeps {
  readonly store: QuotesStore;
  readonly catalog: CatalogSource;
  readonly references: MaterialReferences;
  readonly parts: PartSource;
  /** Customer names (identity), for documents. */
  readonly companies: CompanyDirectory;
  readonly clock: Clock;
  readonly newId: IdGenerator;
  readonly logger: Logger;
  readonly settings: QuotesSettings;
}
