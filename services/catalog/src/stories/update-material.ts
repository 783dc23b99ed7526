import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import type { components } from '@kerf/openapi/catalog';
import type { CatalogRepositories } from '../ports/catalog-store.ts';
import type { Material } from '../ports/records.ts';
import { duplicateMaterial, unknownQuality } from './create-material.ts';
import type { ChangeDeps } from './deps.ts';
import { notFound, success } from './failure.ts';
import { mayManageCatalog } from './policy.ts';

/** The fields to change, as the contract validated them. */
export type MaterialChanges = components['schemas']['MaterialChanges'];

/**
 * Changes some fields of a material and records `material.deactivated` when it goes from active to
 * inactive, `material.updated` otherwise.
 */
export function updateMaterial(deps: ChangeDeps) {
  return story<{ actor: Principal; id: string; changes: MaterialChanges }>('updateMaterial')
    .step('allowed', ({ input }) => mayManageCatalog(input.actor))
    .step('material', ({ input }) =>
      deps.store.transact((tx) => changeMaterial(tx, deps, input.id, input.changes)),
    )
    .returns(({ material }) => material);
}

/** Applies changes inside a transaction; shared with the deactivate story. */
export async function changeMaterial(
  tx: CatalogRepositories,
  deps: Pick<ChangeDeps, 'clock'>,
  id: string,
  changes: MaterialChanges,
) {
  const current = await tx.materials.get(id);
  if (!current) return notFound('material');
  if (changes.quality !== undefined && !(await tx.qualities.get(changes.quality))) {
    return unknownQuality(changes.quality);
  }
  const at = deps.clock().toISOString();
  const material: Material = {
    ...current,
    ...changes,
    ...(changes.name === undefined ? {} : { name: changes.name.trim() }),
    updated_at: at,
  };
  if ((await tx.materials.update(material)) === 'duplicate') return duplicateMaterial(material);
  const type = current.is_active && !material.is_active ? 'material.deactivated' : 'material.updated';
  await tx.outbox.append({ type, entity_id: id, payload: material, at });
  return success(material);
}
