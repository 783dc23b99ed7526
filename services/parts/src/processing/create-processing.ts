import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Logger } from '@kerf/service-kit';
import { exponentialBackoff } from '../domain/backoff.ts';
import type { Backoff } from '../domain/backoff.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { AnalysisOptions, GeometryAnalyser } from '../ports/geometry-analyser.ts';
import type { PartsStore } from '../ports/parts-store.ts';
import type { Clock } from '../ports/runtime.ts';
import { processPart } from '../stories/process-part.ts';
import type { JobRunner } from './job-runner.ts';
import { createJobRunner } from './job-runner.ts';

/** Timing and limits of processing. */
export interface ProcessingSettings {
  /** Jobs processed at once (the worker pool's size). */
  readonly concurrency: number;
  readonly leaseMs: number;
  readonly renewEveryMs?: number;
  readonly pollMs: number;
  readonly maxAttempts: number;
  readonly backoff: Backoff;
  readonly progressIntervalMs: number;
  readonly engineOptions: AnalysisOptions;
}

/** Defaults for one machine; `server.ts` overrides what the configuration says. */
export const defaultProcessingSettings: Omit<ProcessingSettings, 'concurrency' | 'engineOptions'> = {
  leaseMs: 30_000,
  pollMs: 500,
  maxAttempts: 5,
  backoff: exponentialBackoff(1_000, 60_000),
  progressIntervalMs: 250,
};

/** Builds the processing loop over the store, the blobs and an analyser (the worker pool). */
export function createProcessing(deps: {
  readonly store: PartsStore;
  readonly blobs: BlobStore;
  readonly analyser: GeometryAnalyser;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly settings: ProcessingSettings;
  /** Lease owner name; host, pid and a random suffix by default. */
  readonly owner?: string;
}): JobRunner {
  const { settings } = deps;
  const process = processPart({
    store: deps.store,
    blobs: deps.blobs,
    analyser: deps.analyser,
    clock: deps.clock,
    logger: deps.logger,
    engineOptions: settings.engineOptions,
    maxAttempts: settings.maxAttempts,
    backoff: settings.backoff,
    progressIntervalMs: settings.progressIntervalMs,
  });
  return createJobRunner({
    queue: deps.store.read.jobs,
    process,
    concurrency: settings.concurrency,
    owner: deps.owner ?? `${hostname()}:${globalThis.process.pid}:${randomUUID().slice(0, 8)}`,
    leaseMs: settings.leaseMs,
    ...(settings.renewEveryMs === undefined ? {} : { renewEveryMs: settings.renewEveryMs }),
    pollMs: settings.pollMs,
    clock: deps.clock,
    logger: deps.logger,
  });
}
