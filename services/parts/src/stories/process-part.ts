import type { Logger } from '@kerf/service-kit';
import { mmPerChosenUnit, toProcessingResult } from '../domain/processing-result.ts';
import type { Decision } from '../domain/decide-outcome.ts';
import { blobFailure, decideOutcome } from '../domain/decide-outcome.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { AnalysisOptions, GeometryAnalyser } from '../ports/geometry-analyser.ts';
import type { JobLease } from '../ports/job-queue.ts';
import type { RunKey } from '../ports/part-repository.ts';
import type { PartsStore } from '../ports/parts-store.ts';
import type { PartRecord } from '../ports/records.ts';
import type { Clock } from '../ports/runtime.ts';
import type { Backoff } from '../domain/backoff.ts';
import { createProgressReporter } from '../domain/progress-reporter.ts';
import { success } from './failure.ts';

/** What processing a part needs. */
export interface ProcessingDeps {
  readonly store: PartsStore;
  readonly blobs: BlobStore;
  readonly analyser: GeometryAnalyser;
  readonly clock: Clock;
  /** Engine limits (entities, primitives, nesting, time budget); the units choice is added per part. */
  readonly engineOptions: AnalysisOptions;
  /** Attempts of one run before a transient failure becomes the part's error. */
  readonly maxAttempts: number;
  readonly backoff: Backoff;
  /** Least time between two progress writes (and `part.progress` events) of one part. */
  readonly progressIntervalMs: number;
  readonly logger: Logger;
}

/** How a job ended, for logs and tests. */
export type JobEnd = 'ready' | 'failed' | 'retry' | 'released' | 'skipped';

/**
 * Processes one leased job: loads the part's run, marks it processing, reads the blob, analyses it
 * in the worker pool while reporting progress, and records the outcome. Results are written once per
 * part, revision and SHA-256: a duplicate execution (after a lease expired) finds the run finished
 * and writes nothing.
 */
export function processPart(deps: ProcessingDeps) {
  return async (lease: JobLease): Promise<JobEnd> => {
    const part = await deps.store.read.parts.findById(lease.partId, { company: null });
    if (!part || part.revision !== lease.revision || part.status === 'ready' || part.status === 'failed') {
      await deps.store.read.jobs.complete(lease, now(deps));
      return 'skipped';
    }
    const run: RunKey = { id: part.id, revision: part.revision, sha256: part.sha256 };
    if (lease.attempt > deps.maxAttempts) {
      const error = {
        code: 'processing-failed',
        message: `Gave up after ${deps.maxAttempts} attempts.`,
      } as const;
      return settle(deps, lease, part, { kind: 'fail', error });
    }
    await markProcessing(deps, part, run);
    return settle(deps, lease, part, await analyse(deps, part, run));
  };
}

function now(deps: ProcessingDeps): number {
  return deps.clock().getTime();
}

/** queued -> processing, with its event, on the first attempt of a run. */
async function markProcessing(deps: ProcessingDeps, part: PartRecord, run: RunKey): Promise<void> {
  if (part.status !== 'queued') return;
  await deps.store.transact(async (tx) => {
    const at = deps.clock();
    const started = await tx.parts.startProcessing(run, at);
    if (started) await tx.outbox.append({ type: 'part.processing', part: started, at });
    return success(null);
  });
}

/** Reads the blob and runs the engine, progress written on the way. */
async function analyse(deps: ProcessingDeps, part: PartRecord, run: RunKey): Promise<Decision> {
  const bytes = await deps.blobs.read({ key: part.blob_key, sha256: part.sha256 });
  if (!bytes.ok) return blobFailure(bytes.reason);
  const reporter = createProgressReporter({
    intervalMs: deps.progressIntervalMs,
    now: () => now(deps),
    write: (progress) => writeProgress(deps, run, progress),
  });
  const unitless = part.units_choice === null ? null : mmPerChosenUnit[part.units_choice];
  const outcome = await deps.analyser.analyse(
    {
      bytes: bytes.data,
      sha256: part.sha256,
      options: { ...deps.engineOptions, unitlessMmPerUnit: unitless },
    },
    (fraction) => reporter.report(fraction),
  );
  await reporter.flush();
  return decideOutcome(outcome);
}

async function writeProgress(deps: ProcessingDeps, run: RunKey, progress: number): Promise<void> {
  try {
    await deps.store.transact(async (tx) => {
      const at = deps.clock();
      const raised = await tx.parts.raiseProgress(run, progress, at);
      if (raised) await tx.outbox.append({ type: 'part.progress', part: raised, at });
      return success(null);
    });
  } catch (error) {
    deps.logger.warn('progress-write-failed', { part: run.id, error });
  }
}

/** Records a decision: result or failure with its event and the job's end in one transaction. */
async function settle(
  deps: ProcessingDeps,
  lease: JobLease,
  part: PartRecord,
  decision: Decision,
): Promise<JobEnd> {
  const at = deps.clock();
  const run: RunKey = { id: part.id, revision: part.revision, sha256: part.sha256 };
  if (decision.kind === 'release') {
    await deps.store.read.jobs.release(lease, at.getTime());
    return 'released';
  }
  if (decision.kind === 'retry' && lease.attempt < deps.maxAttempts) {
    const later = at.getTime() + deps.backoff(lease.attempt);
    await deps.store.read.jobs.retry(
      lease,
      later,
      `${decision.error.code}: ${decision.error.message}`,
      at.getTime(),
    );
    deps.logger.warn('job-retry', { part: run.id, attempt: lease.attempt, reason: decision.error.code });
    return 'retry';
  }
  const settled = await deps.store.transact(async (tx) => {
    if (decision.kind === 'ready') {
      const ready = await tx.parts.recordReady(
        run,
        toProcessingResult(decision.result, part.units_choice),
        at,
      );
      if (ready) await tx.outbox.append({ type: 'part.ready', part: ready, at });
      await tx.jobs.complete(lease, at.getTime());
      return success<JobEnd>('ready');
    }
    const failed = await tx.parts.recordFailure(run, decision.error, at);
    if (failed) await tx.outbox.append({ type: 'part.failed', part: failed, at });
    await tx.jobs.fail(lease, decision.error, at.getTime());
    return success<JobEnd>('failed');
  });
  return settled.ok ? settled.data : 'failed';
}
