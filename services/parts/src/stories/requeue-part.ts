import type { Principal, Result } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import type { PartsRepositories } from '../ports/parts-store.ts';
import type { PartRecord, Units } from '../ports/records.ts';
import { visibilityOf } from './access.ts';
import type { PartsDeps } from './deps.ts';
import type { PartsFailure } from './failure.ts';
import { partNotFound, refuse, success } from './failure.ts';

/** The part after the call, and whether a new processing run was queued. */
export interface Requeued {
  readonly part: PartRecord;
  readonly queued: boolean;
}

/**
 * Records a units choice and processes the part again (a new run). Choosing the units a part already
 * has changes nothing unless it failed.
 */
export function setPartUnits(deps: Pick<PartsDeps, 'store' | 'clock' | 'onQueued'>) {
  return story<{ actor: Principal; id: string; units: Units }>('setPartUnits')
    .step('requeued', ({ input }) =>
      deps.store.transact(async (tx) => {
        const part = await tx.parts.findById(input.id, visibilityOf(input.actor));
        if (!part) return partNotFound();
        if (part.units_choice === input.units && part.status !== 'failed')
          return success({ part, queued: false });
        return startRun(tx, part, input.units, deps.clock());
      }),
    )
    .step('woken', ({ requeued }) => success(requeued.queued ? deps.onQueued() : undefined))
    .returns(({ requeued }) => requeued);
}

/** Processes a ready or failed part again (a new run); a part still queued or processing is refused. */
export function reprocessPart(deps: Pick<PartsDeps, 'store' | 'clock' | 'onQueued'>) {
  return story<{ actor: Principal; id: string }>('reprocessPart')
    .step('requeued', ({ input }) =>
      deps.store.transact(async (tx) => {
        const part = await tx.parts.findById(input.id, visibilityOf(input.actor));
        if (!part) return partNotFound();
        if (part.status === 'queued' || part.status === 'processing')
          return refuse('conflict', 'part-busy', 'The part is being processed already.');
        return startRun(tx, part, part.units_choice, deps.clock());
      }),
    )
    .step('woken', () => success(deps.onQueued()))
    .returns(({ requeued }) => requeued);
}

/** Starts the next run of a part: part reset, job queued and `part.queued` written together. */
async function startRun(
  tx: PartsRepositories,
  part: PartRecord,
  units: Units | null,
  at: Date,
): Promise<Result<Requeued, PartsFailure>> {
  const revision = part.revision + 1;
  const requeued = await tx.parts.requeue(part.id, revision, units, at);
  if (!requeued) return partNotFound();
  await tx.jobs.enqueue(part.id, revision, at.getTime());
  await tx.outbox.append({ type: 'part.queued', part: requeued, at });
  return success({ part: requeued, queued: true });
}
