import type { Principal } from '@kerf/service-kit';
import type { MaterialFilter } from '../ports/material-repository.ts';
import type { Material, MaterialField, PublicMaterial } from '../ports/records.ts';
import { materialFields } from '../ports/records.ts';

/**
 * What one kind of caller may see of materials: injected into the material stories, so that one list
 * story serves both the shop and customers (the talk's ListMaterials / ListMaterialsByExternalAccess).
 */
export interface MaterialAccess<T> {
  /** A name for logs and tests. */
  readonly name: string;
  /** Narrows the caller's filter to what they may see; null when nothing can match. */
  restrict(filter: MaterialFilter): MaterialFilter | null;
  /** Whether the caller may see this material at all. */
  canSee(material: Material): boolean;
  /** Fields the caller may order by (ordering by a hidden field would leak it). */
  readonly orderable: readonly MaterialField[];
  /** The shape the caller receives. */
  project(material: Material): T;
}

/** The shop's view: everything, unchanged. */
export const internalMaterialAccess: MaterialAccess<Material> = {
  name: 'internal',
  restrict: (filter) => filter,
  canSee: () => true,
  orderable: materialFields,
  project: (material) => material,
};

/** The customers' view: active materials only, without price or timestamps. */
export const externalMaterialAccess: MaterialAccess<PublicMaterial> = {
  name: 'external',
  restrict: (filter) => (filter.is_active === false ? null : { ...filter, is_active: true }),
  canSee: (material) => material.is_active,
  orderable: ['id', 'name', 'quality', 'thickness', 'density', 'is_active'],
  project: (material) => ({
    id: material.id,
    name: material.name,
    quality: material.quality,
    thickness: material.thickness,
    density: material.density,
    is_active: true,
  }),
};

/** The view for a caller, from the role in their token. */
export function materialAccessFor(
  actor: Principal,
): MaterialAccess<Material> | MaterialAccess<PublicMaterial> {
  return actor.role === 'external' ? externalMaterialAccess : internalMaterialAccess;
}
