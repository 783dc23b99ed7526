import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import type { ChangeDeps } from './deps.ts';
import { notFound, refuse, success } from './failure.ts';
import { mayManageCatalog } from './policy.ts';

/** Deletes a material no quote line references and records `material.deleted`. */
export function deleteMaterial(deps: ChangeDeps) {
  return story<{ actor: Principal; id: string }>('deleteMaterial')
    .step('allowed', ({ input }) => mayManageCatalog(input.actor))
    .step('deleted', ({ input }) =>
      deps.store.transact(async (tx) => {
        if (!(await tx.materials.get(input.id))) return notFound('material');
        const references = await tx.references.count(input.id);
        if (references > 0) {
          return refuse(
            'conflict',
            'material-in-use',
            `${references} quote line(s) use this material: deactivate it instead.`,
          );
        }
        await tx.materials.delete(input.id);
        const at = deps.clock().toISOString();
        await tx.outbox.append({
          type: 'material.deleted',
          entity_id: input.id,
          payload: { id: input.id },
          at,
        });
        return success(input.id);
      }),
    )
    .returns(({ deleted }) => deleted);
}
