import type { CuttingRow, ShopRates } from '../pricing/types.ts';

/** A material as the catalog stores it (with its price). */
export interface CatalogMaterial {
  readonly id: string;
  readonly name: string;
  readonly quality: string;
  readonly thickness: number;
  readonly density: number;
  readonly price_per_kg: number;
  readonly is_active: boolean;
}

/** One change of the catalog feed. */
export interface CatalogChange {
  readonly id: number;
  readonly type: string;
  readonly entity_id: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

/**
 * What quotes reads from the catalog service, with its own service token. Methods reject when the
 * catalog cannot be reached or answers unexpectedly (stories turn that into 503).
 */
export interface CatalogSource {
  /** The material, active or not; null when it does not exist. */
  material(id: string): Promise<CatalogMaterial | null>;
  /** Every active material, in quality, name and thickness order. */
  activeMaterials(): Promise<CatalogMaterial[]>;
  /** Every cutting-table row of a quality. */
  cuttingTable(quality: string): Promise<CuttingRow[]>;
  /** The shop's rates and factors. */
  shopRates(): Promise<ShopRates>;
  /** Up to `limit` changes after the cursor, and the cursor to pass next time. */
  changes(after: number, limit: number): Promise<{ items: CatalogChange[]; next: number }>;
}

/** Records in the catalog which quote lines use a material, so that it cannot be deleted meanwhile. */
export interface MaterialReferences {
  /** Records a reference (idempotent); `not-found` when the material does not exist. */
  record(materialId: string, reference: string): Promise<'ok' | 'not-found'>;
  /** Releases a reference (idempotent); `not-found` when the material is gone (nothing left to release). */
  release(materialId: string, reference: string): Promise<'ok' | 'not-found'>;
}
