import type { Logger, Result } from '@kerf/service-kit';
import type { MaterialReferences } from '../ports/catalog-source.ts';
import type { PendingRelease } from '../ports/release-queue.ts';
import type { QuotesStore } from '../ports/quotes-store.ts';
import type { QuotesDeps } from './deps.ts';
import type { QuotesFailure } from './failure.ts';
import { guarded } from './failure.ts';

/** The name under which a quote line's use of a material is recorded in the catalog. */
export function referenceOf(lineId: string): string {
  return `quote-line:${lineId}`;
}

/** How long a release that failed waits before the next try: 2 s doubling up to 5 min. */
export function releaseBackoffMs(attempts: number): number {
  return Math.min(300_000, 2000 * 2 ** attempts);
}

/**
 * Records references for lines about to be stored, before the transaction that stores them, so that
 * the catalog refuses to delete a material a line uses. Materials that do not exist are skipped (the
 * line shows `material-not-found`). When the catalog stops answering half-way, every reference of the
 * batch is queued for release (releasing one never recorded is harmless) and the change is refused.
 */
export async function recordReferences(
  deps: Pick<QuotesDeps, 'references' | 'store' | 'clock' | 'logger'>,
  lines: readonly { readonly id: string; readonly material_id: string }[],
): Promise<Result<true, QuotesFailure>> {
  const recorded = await guarded(
    async () => {
      for (const line of lines) await deps.references.record(line.material_id, referenceOf(line.id));
      return true as const;
    },
    (error) => deps.logger.warn('upstream-failed', { error }),
  );
  if (!recorded.ok) await deps.store.read.releases.add(releasesOf(lines), deps.clock().getTime());
  return recorded;
}

/**
 * Sends queued releases to the catalog; a release that fails waits and is tried again later. Returns
 * how many were sent. Never rejects: a release is bookkeeping, not part of the change that queued it.
 */
export async function flushReleases(
  deps: { readonly store: QuotesStore; readonly references: MaterialReferences; readonly logger: Logger },
  now: () => number,
  limit = 200,
): Promise<number> {
  let sent = 0;
  for (const release of await deps.store.read.releases.due(now(), limit)) {
    try {
      await deps.references.release(release.material_id, release.reference);
      await deps.store.read.releases.done(release.id);
      sent += 1;
    } catch (error) {
      deps.logger.warn('release-failed', { reference: release.reference, attempts: release.attempts, error });
      await deps.store.read.releases.postpone(release.id, now() + releaseBackoffMs(release.attempts));
    }
  }
  return sent;
}

/** The releases of lines that drop (or change) their material. */
export function releasesOf(
  lines: readonly { readonly id: string; readonly material_id: string }[],
): PendingRelease[] {
  return lines.map((line) => ({ material_id: line.material_id, reference: referenceOf(line.id) }));
}
