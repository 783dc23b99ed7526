import type { MaterialOption } from '@kerf/state';

/** What the pickers need of a material; `is_active: false` (a catalog row) is left out. */
export type ChoiceMaterial = Pick<MaterialOption, 'id' | 'name' | 'quality' | 'thickness'> & {
  is_active?: boolean;
};

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
export const familyKey = (material: Pick<ChoiceMaterial, 'quality' | 'name'>) =>
  `${material.quality}|${material.name}`;

/**
 * Groups materials by quality and name, in quality order, so that pickers only offer valid
 * combinations: a family, then one of its thicknesses (the quotes service's material options are
 * already only those with cutting parameters for their thickness).
 */
export function materialFamilies(materials: ChoiceMaterial[]): MaterialFamily[] {
  const families = new Map<string, MaterialFamily>();
  for (const material of materials) {
    if (material.is_active === false) continue;
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
