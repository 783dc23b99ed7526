import type { CatalogMaterial } from '@kerf/state';

/** A material family a line may use: one name within one quality, e.g. S235 mild steel. */
export interface MaterialFamily {
  /** `quality|name`, stable for a select's value. */
  key: string;
  quality: string;
  name: string;
  /** The family's materials, thinnest first. */
  materials: { id: string; thickness: number }[];
}

/** The family key of a material. */
export const familyKey = (material: Pick<CatalogMaterial, 'quality' | 'name'>) =>
  `${material.quality}|${material.name}`;

/**
 * Groups active materials by quality and name, in quality order, so that pickers only offer valid
 * combinations: a family, then one of its thicknesses.
 */
export function materialFamilies(materials: CatalogMaterial[]): MaterialFamily[] {
  const families = new Map<string, MaterialFamily>();
  for (const material of materials) {
    if (!material.is_active) continue;
    const key = familyKey(material);
    const family = families.get(key) ?? {
      key,
      quality: material.quality,
      name: material.name,
      materials: [],
    };
    family.materials.push({ id: material.id, thickness: material.thickness });
    families.set(key, family);
  }
  const list = [...families.values()];
  for (const family of list) family.materials.sort((a, b) => a.thickness - b.thickness);
  return list.sort((a, b) => a.quality.localeCompare(b.quality) || a.name.localeCompare(b.name));
}

/** The material of `family` whose thickness is closest to `thickness` (the same when it exists). */
export function closestMaterial(family: MaterialFamily, thickness: number | null): string | null {
  let best: { id: string; distance: number } | null = null;
  for (const material of family.materials) {
    const distance = thickness === null ? material.thickness : Math.abs(material.thickness - thickness);
    if (!best || distance < best.distance) best = { id: material.id, distance };
  }
  return best?.id ?? null;
}
