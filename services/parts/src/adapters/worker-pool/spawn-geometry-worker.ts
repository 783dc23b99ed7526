import { Worker } from 'node:worker_threads';

/** Limits of one worker thread. */
export interface WorkerLimits {
  /** V8 old-generation heap limit in MiB; past it the worker dies with ERR_WORKER_OUT_OF_MEMORY. */
  readonly memoryMb: number;
}

/** Starts a thread; the pool calls it once per slot and again after a worker died. */
export type SpawnWorker = (limits: WorkerLimits) => Worker;

/**
 * Starts a geometry worker through a small .mjs entry that registers the tsx loader in the thread, so
 * it works whatever the parent was started with (`node --import tsx`, Vitest, ...).
 */
export const spawnGeometryWorker: SpawnWorker = (limits) =>
  new Worker(new URL('./geometry-worker-boot.mjs', import.meta.url), {
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32 },
  });
