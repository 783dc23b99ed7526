import { story } from '@kerf/service-kit';
import type { CatalogMaterial } from '../ports/catalog-source.ts';
import { cuttingAt } from '../pricing/cutting-at.ts';
import type { CuttingRow } from '../pricing/types.ts';
import { logUpstream } from './add-lines.ts';
import type { QuotesDeps } from './deps.ts';
import { guarded, success } from './failure.ts';

/** A material a line can be priced in, as the pickers offer it. */
export interface MaterialOption {
  readonly id: string;
  readonly name: string;
  readonly quality: string;
  readonly thickness: number;
  readonly density: number;
}

/**
 * The active materials a line can be priced in: those whose quality's cutting table covers their
 * thickness (the engine interpolates between rows but never extrapolates), in quality, name and
 * thickness order. One catalog read for the materials, one per quality for its table.
 */
export function listMaterialOptions(deps: Pick<QuotesDeps, 'catalog' | 'logger'>) {
  return story<Record<string, never>>('listMaterialOptions')
    .step('materials', () => guarded(() => deps.catalog.activeMaterials(), logUpstream(deps)))
    .step('tables', ({ materials }) =>
      guarded(async () => {
        const qualities = [...new Set(materials.map((material) => material.quality))];
        const tables = await Promise.all(qualities.map((quality) => deps.catalog.cuttingTable(quality)));
        return new Map<string, CuttingRow[]>(qualities.map((quality, i) => [quality, tables[i]!]));
      }, logUpstream(deps)),
    )
    .step('priceable', ({ materials, tables }) =>
      success(materials.filter((material) => cuttable(material, tables.get(material.quality) ?? []))),
    )
    .returns(({ priceable }) => priceable.sort(byQualityNameThickness).map(optionOf));
}

function cuttable(material: CatalogMaterial, table: readonly CuttingRow[]): boolean {
  return cuttingAt(table, material.thickness, material.quality).ok;
}

function byQualityNameThickness(a: CatalogMaterial, b: CatalogMaterial): number {
  return a.quality.localeCompare(b.quality) || a.name.localeCompare(b.name) || a.thickness - b.thickness;
}

function optionOf({ id, name, quality, thickness, density }: CatalogMaterial): MaterialOption {
  return { id, name, quality, thickness, density };
}
