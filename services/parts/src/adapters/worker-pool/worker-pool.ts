import type { Worker } from 'node:worker_threads';
import type { AnalysisOutcome, AnalysisTask, GeometryAnalyser } from '../../ports/geometry-analyser.ts';
import type { SpawnWorker } from './spawn-geometry-worker.ts';
import { spawnGeometryWorker } from './spawn-geometry-worker.ts';
import type { AnalyseRequest, WorkerMessage } from './worker-protocol.ts';

/** Size and limits of a pool. */
export interface WorkerPoolOptions {
  /** Number of worker threads, started at once and reused. */
  readonly size: number;
  /**
   * Hard wall-clock limit per task, counted from when the worker is ready: past it the worker is
   * terminated and the task ends `timeout`.
   */
  readonly timeLimitMs: number;
  /** Heap limit per worker in MiB: past it the task ends `out-of-memory`. */
  readonly memoryMb: number;
  /** Starts a worker; the geometry worker by default (tests wrap it to reach the threads). */
  readonly spawn?: SpawnWorker;
  /** Told when a worker died or was terminated during a task; it is replaced. */
  readonly onWorkerLost?: (reason: AnalysisOutcome['kind']) => void;
}

/** A pool of geometry workers: a {@link GeometryAnalyser} that must be closed. */
export interface WorkerPool extends GeometryAnalyser {
  readonly size: number;
  /** Tasks running now. */
  busy(): number;
  /** Gives up queued and running tasks (they end `aborted`) and terminates every worker. */
  close(): Promise<void>;
}

interface Task {
  readonly id: number;
  readonly input: AnalysisTask;
  readonly onProgress: (fraction: number) => void;
  readonly resolve: (outcome: AnalysisOutcome) => void;
}

interface Slot {
  worker: Worker | null;
  /** The worker has loaded the engine. */
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

/**
 * Runs analyses on a fixed set of worker threads, one task per thread at a time, in FIFO order. A
 * worker that times out, runs out of memory or dies is replaced, and its task ends with the matching
 * outcome instead of hanging.
 */
export function createWorkerPool(options: WorkerPoolOptions): WorkerPool {
  const spawn = options.spawn ?? spawnGeometryWorker;
  const waiting: Task[] = [];
  let nextId = 1;
  let closing = false;

  const start = (slot: Slot): Worker => {
    const worker = spawn({ memoryMb: options.memoryMb });
    slot.worker = worker;
    slot.ready = false;
    worker.on('message', (message: WorkerMessage) => {
      if (slot.worker !== worker) return;
      if (message.type === 'ready') {
        slot.ready = true;
        if (slot.task) startClock(slot);
      } else if (slot.task?.id === message.id) {
        if (message.type === 'progress') slot.task.onProgress(message.fraction);
        else finish(slot, message.outcome);
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (slot.worker !== worker) return;
      const oom = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      lose(slot, oom ? { kind: 'out-of-memory' } : { kind: 'crashed', message: error.message });
    });
    worker.on('exit', (code) => {
      if (slot.worker === worker) lose(slot, { kind: 'crashed', message: `the worker exited (${code})` });
    });
    return worker;
  };

  const startClock = (slot: Slot) => {
    slot.timer = setTimeout(
      () => lose(slot, { kind: 'timeout', limitMs: options.timeLimitMs }),
      options.timeLimitMs,
    );
  };

  const finish = (slot: Slot, outcome: AnalysisOutcome) => {
    const task = slot.task;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = null;
    slot.timer = null;
    task?.resolve(outcome);
    dispatch();
  };

  /**
   * Terminates the slot's worker and ends its task, if any, with `outcome`. A worker that had become
   * ready is replaced at once (so the next task does not wait for a start); one that died while
   * starting is replaced only when a task needs it, so a broken worker cannot spin.
   */
  const lose = (slot: Slot, outcome: AnalysisOutcome) => {
    const { worker, ready } = slot;
    slot.worker = null;
    if (worker) void worker.terminate();
    if (slot.task) options.onWorkerLost?.(outcome.kind);
    if (ready && !closing) start(slot);
    finish(slot, outcome);
  };

  const dispatch = () => {
    if (closing) return;
    for (const slot of slots) {
      if (slot.task) continue;
      const task = waiting.shift();
      if (!task) return;
      const worker = slot.worker ?? start(slot);
      slot.task = task;
      if (slot.ready) startClock(slot);
      const { bytes, sha256, options: engineOptions } = task.input;
      const buffer = ownBuffer(bytes);
      const request: AnalyseRequest = {
        type: 'analyse',
        id: task.id,
        bytes: buffer,
        sha256,
        options: engineOptions,
      };
      worker.postMessage(request, [buffer]);
    }
  };

  const slots: Slot[] = Array.from({ length: options.size }, () => ({
    worker: null,
    ready: false,
    task: null,
    timer: null,
  }));
  for (const slot of slots) start(slot);

  return {
    size: options.size,
    analyse(input, onProgress) {
      if (closing) return Promise.resolve({ kind: 'aborted' });
      return new Promise((resolve) => {
        waiting.push({ id: nextId++, input, onProgress, resolve });
        dispatch();
      });
    },
    busy: () => slots.filter((slot) => slot.task).length,
    async close() {
      closing = true;
      for (const task of waiting.splice(0)) task.resolve({ kind: 'aborted' });
      const workers = slots.flatMap((slot) => (slot.worker ? [slot.worker] : []));
      for (const slot of slots) {
        slot.worker = null;
        finish(slot, { kind: 'aborted' });
      }
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** An ArrayBuffer holding exactly these bytes, transferred without a copy when possible. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  if (whole && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
  return bytes.slice().buffer;
}
