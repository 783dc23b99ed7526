import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import type { PartRecord } from '../ports/records.ts';
import { visibilityOf } from './access.ts';
import type { PartsDeps } from './deps.ts';
import { partNotFound, success } from './failure.ts';

/**
 * Deletes a part the caller may see: the part is marked deleted (so a retried create of its upload
 * answers "gone" instead of bringing it back), its job dropped and `part.deleted` written, in one
 * transaction; then the blob is removed. A worker still busy with it writes nothing.
 */
export function deletePart(deps: Pick<PartsDeps, 'store' | 'blobs' | 'clock'>) {
  return story<{ actor: Principal; id: string }>('deletePart')
    .step('deleted', ({ input }) =>
      deps.store.transact(async (tx) => {
        const part = await tx.parts.findById(input.id, visibilityOf(input.actor));
        if (!part) return partNotFound();
        const at = deps.clock();
        await tx.parts.markDeleted(part.id, at);
        await tx.jobs.remove(part.id);
        await tx.outbox.append({ type: 'part.deleted', part, at });
        return success<PartRecord>(part);
      }),
    )
    .step('blob', async ({ deleted }) =>
      success(await deps.blobs.remove({ key: deleted.blob_key, sha256: deleted.sha256 })),
    )
    .returns(({ deleted }) => ({ id: deleted.id }));
}
