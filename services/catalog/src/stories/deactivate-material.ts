import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import type { ChangeDeps } from './deps.ts';
import { notFound, success } from './failure.ts';
import { mayManageCatalog } from './policy.ts';
import { changeMaterial } from './update-material.ts';

/**
 * Hides a material from new quotes and records `material.deactivated`; an inactive material is
 * returned as is, without an event.
 */
export function deactivateMaterial(deps: ChangeDeps) {
  return story<{ actor: Principal; id: string }>('deactivateMaterial')
    .step('allowed', ({ input }) => mayManageCatalog(input.actor))
    .step('material', ({ input }) =>
      deps.store.transact(async (tx) => {
        const current = await tx.materials.get(input.id);
        if (!current) return notFound('material');
        if (!current.is_active) return success(current);
        return changeMaterial(tx, deps, input.id, { is_active: false });
      }),
    )
    .returns(({ material }) => material);
}
