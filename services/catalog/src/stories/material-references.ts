import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import type { ChangeDeps } from './deps.ts';
import { notFound, success } from './failure.ts';
import { mayReadCatalog } from './policy.ts';

/** Which material and which referencing record (e.g. `quote-line:42`). */
export interface ReferenceInput {
  readonly actor: Principal;
  readonly id: string;
  readonly reference: string;
}

/**
 * Records that a quote line uses a material, so that deleting it is refused; idempotent. References
 * are bookkeeping of other services, not catalog changes: no event.
 */
export function recordMaterialReference(deps: Pick<ChangeDeps, 'store' | 'clock'>) {
  return story<ReferenceInput>('recordMaterialReference')
    .step('allowed', ({ input }) => mayReadCatalog(input.actor))
    .step('recorded', ({ input }) =>
      deps.store.transact(async (tx) => {
        if (!(await tx.materials.get(input.id))) return notFound('material');
        await tx.references.record(input.id, input.reference, deps.clock().toISOString());
        return success(true);
      }),
    )
    .returns(() => undefined);
}

/** Forgets a reference (the quote line was removed or changed material); idempotent, no event. */
export function releaseMaterialReference(deps: Pick<ChangeDeps, 'store'>) {
  return story<ReferenceInput>('releaseMaterialReference')
    .step('allowed', ({ input }) => mayReadCatalog(input.actor))
    .step('released', ({ input }) =>
      deps.store.transact(async (tx) => {
        if (!(await tx.materials.get(input.id))) return notFound('material');
        await tx.references.release(input.id, input.reference);
        return success(true);
      }),
    )
    .returns(() => undefined);
}
