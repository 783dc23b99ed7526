import { linePricingOf } from '../domain/line-pricing.ts';
import type { CatalogMaterial, CatalogSource } from '../ports/catalog-source.ts';
import type { PartSource } from '../ports/part-source.ts';
import type { LinePricing, LineSpec, PartSnapshot } from '../ports/records.ts';
import type { CuttingRow, ShopRates } from '../pricing/types.ts';

/**
 * Reads what pricing needs from the parts and catalog services once per operation (each material,
 * cutting table, the rates and every part at most once), then prices lines. Its methods reject when
 * a service cannot be reached: wrap calls in `guarded`.
 */
export interface PricingSession {
  /** Loads these parts (one call for all that are not loaded yet); missing ids stay unknown. */
  loadParts(ids: readonly string[]): Promise<void>;
  /** A loaded part, or null when it does not exist. */
  part(id: string): PartSnapshot | null;
  /** The material, or null when it does not exist. */
  material(id: string): Promise<CatalogMaterial | null>;
  /** Prices a line from a part snapshot (a stored one, or one loaded here). */
  price(spec: LineSpec, part: PartSnapshot | null): Promise<LinePricing>;
}

/** Opens a session over the two services; `now` stamps every price it computes. */
export function openPricingSession(deps: {
  readonly catalog: CatalogSource;
  readonly parts: PartSource;
  readonly now: string;
}): PricingSession {
  const parts = new Map<string, PartSnapshot | null>();
  const materials = new Map<string, Promise<CatalogMaterial | null>>();
  const tables = new Map<string, Promise<CuttingRow[]>>();
  let rates: Promise<ShopRates> | null = null;
  const material = (id: string) => {
    let found = materials.get(id);
    if (!found) materials.set(id, (found = deps.catalog.material(id)));
    return found;
  };
  const table = (quality: string) => {
    let found = tables.get(quality);
    if (!found) tables.set(quality, (found = deps.catalog.cuttingTable(quality)));
    return found;
  };
  return {
    async loadParts(ids) {
      const wanted = [...new Set(ids)].filter((id) => !parts.has(id));
      if (wanted.length === 0) return;
      for (const id of wanted) parts.set(id, null);
      for (const part of await deps.parts.getMany(wanted)) parts.set(part.id, part);
    },
    part: (id) => parts.get(id) ?? null,
    material,
    async price(spec, part) {
      const found = await material(spec.material_id);
      return linePricingOf({
        spec,
        part,
        material: found,
        cuttingTable: found ? await table(found.quality) : [],
        rates: await (rates ??= deps.catalog.shopRates()),
        now: deps.now,
      });
    },
  };
}
