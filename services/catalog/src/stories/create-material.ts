import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import type { components } from '@kerf/openapi/catalog';
import type { CatalogRepositories } from '../ports/catalog-store.ts';
import type { Material } from '../ports/records.ts';
import type { ChangeDeps } from './deps.ts';
import { refuse, success } from './failure.ts';
import { mayManageCatalog } from './policy.ts';

/** The fields of a new material, as the contract validated them. */
export type NewMaterial = components['schemas']['NewMaterial'];

/** Creates a material (density defaults to its quality's) and records `material.created`. */
export function createMaterial(deps: ChangeDeps) {
  return story<{ actor: Principal; fields: NewMaterial }>('createMaterial')
    .step('allowed', ({ input }) => mayManageCatalog(input.actor))
    .step('material', ({ input }) => deps.store.transact((tx) => insertMaterial(tx, deps, input.fields)))
    .returns(({ material }) => material);
}

async function insertMaterial(tx: CatalogRepositories, deps: ChangeDeps, fields: NewMaterial) {
  const quality = await tx.qualities.get(fields.quality);
  if (!quality) return unknownQuality(fields.quality);
  const at = deps.clock().toISOString();
  const material: Material = {
    id: deps.newId(),
    name: fields.name.trim(),
    quality: fields.quality,
    thickness: fields.thickness,
    density: fields.density ?? quality.density,
    price_per_kg: fields.price_per_kg,
    is_active: fields.is_active ?? true,
    created_at: at,
    updated_at: at,
  };
  if ((await tx.materials.insert(material)) === 'duplicate') return duplicateMaterial(material);
  await tx.outbox.append({ type: 'material.created', entity_id: material.id, payload: material, at });
  return success(material);
}

/** The refusal for a quality that does not exist. */
export function unknownQuality(quality: string) {
  return refuse('invalid', 'invalid-input', `There is no quality "${quality}".`, 'body.quality');
}

/** The refusal for a second material with the same name and thickness. */
export function duplicateMaterial(material: Pick<Material, 'name' | 'thickness'>) {
  return refuse(
    'conflict',
    'duplicate-material',
    `A material "${material.name}" of ${material.thickness} mm already exists.`,
  );
}
