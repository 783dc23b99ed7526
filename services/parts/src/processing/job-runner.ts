import type { Logger } from '@kerf/service-kit';
import type { JobLease, JobQueue } from '../ports/job-queue.ts';
import type { Clock } from '../ports/runtime.ts';

/** How a runner claims and holds jobs. */
export interface JobRunnerOptions {
  /** The job table (outside any transaction). */
  readonly queue: JobQueue;
  /** Processes one leased job; a rejection leaves the lease to expire, so another claim retries it. */
  readonly process: (lease: JobLease) => Promise<unknown>;
  /** Jobs held at once: the worker pool's size. */
  readonly concurrency: number;
  /** Who holds the leases (host, process and a random part), for the job table and logs. */
  readonly owner: string;
  readonly leaseMs: number;
  /** How often a held lease is extended; a third of the lease by default. */
  readonly renewEveryMs?: number;
  /** How often the table is checked for due jobs (retries, expired leases) besides wake-ups. */
  readonly pollMs: number;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** What {@link JobRunner.stop} does with jobs still running after the grace period. */
export interface StopOptions {
  /** How long running jobs may take to finish. */
  readonly graceMs: number;
  /** Makes the running jobs give up (the worker pool's close: their leases are then released). */
  readonly abort: () => Promise<void>;
}

/** The processing loop. */
export interface JobRunner {
  /** Starts claiming. */
  start(): void;
  /** Claims now (a job was just queued). */
  wake(): void;
  /** Jobs held now. */
  running(): number;
  /**
   * Drains: stops claiming, waits for running jobs up to the grace period, then aborts the rest (their
   * jobs go back to the queue untouched) and resolves when none is held.
   */
  stop(options: StopOptions): Promise<void>;
}

/**
 * Claims jobs up to the concurrency and processes them, renewing each lease while its job runs, so a
 * long CPU-bound job is not claimed a second time. At-least-once: a runner that dies leaves its leases
 * to expire, and any runner re-claims them.
 */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { queue, logger } = options;
  const renewEveryMs = options.renewEveryMs ?? Math.max(1, Math.floor(options.leaseMs / 3));
  const held = new Map<string, Promise<void>>();
  let timer: NodeJS.Timeout | null = null;
  let claiming = false;
  let again = false;
  let stopping = false;

  const fill = async () => {
    if (claiming) {
      again = true;
      return;
    }
    claiming = true;
    try {
      do {
        again = false;
        while (!stopping && held.size < options.concurrency) {
          const lease = await queue.claim(options.owner, options.clock().getTime(), options.leaseMs);
          if (!lease) break;
          if (stopping) {
            // Stopped while this claim was on its way: give the job back untouched.
            await queue.release(lease, options.clock().getTime());
            break;
          }
          launch(lease);
        }
      } while (again && !stopping);
    } catch (error) {
      logger.error('job-claim-failed', { error });
    } finally {
      claiming = false;
    }
  };

  const launch = (lease: JobLease) => {
    const renewal = setInterval(() => void renew(lease), renewEveryMs);
    const done = options
      .process(lease)
      .then(
        (end) => logger.info('job-ended', { part: lease.partId, attempt: lease.attempt, end }),
        (error: unknown) =>
          logger.error('job-crashed', { part: lease.partId, attempt: lease.attempt, error }),
      )
      .finally(() => {
        clearInterval(renewal);
        held.delete(lease.token);
        void fill();
      });
    held.set(lease.token, done);
  };

  const renew = async (lease: JobLease) => {
    try {
      const kept = await queue.renew(lease, options.clock().getTime(), options.leaseMs);
      if (!kept) logger.warn('job-lease-lost', { part: lease.partId, attempt: lease.attempt });
    } catch (error) {
      logger.warn('job-lease-renewal-failed', { part: lease.partId, error });
    }
  };

  return {
    start() {
      if (timer || stopping) return;
      timer = setInterval(() => void fill(), options.pollMs);
      void fill();
    },
    wake() {
      if (timer && !stopping) void fill();
    },
    running: () => held.size,
    async stop({ graceMs, abort }) {
      stopping = true;
      if (timer) clearInterval(timer);
      timer = null;
      const all = () => Promise.all([...held.values()]);
      let graceTimer: NodeJS.Timeout | undefined;
      const graceOver = new Promise<'late'>(
        (resolve) => (graceTimer = setTimeout(() => resolve('late'), graceMs)),
      );
      const finished = await Promise.race([all().then(() => 'done' as const), graceOver]);
      clearTimeout(graceTimer);
      if (finished === 'late') {
        logger.warn('drain-aborting', { running: held.size });
        await abort();
      }
      await all();
      logger.info('drained', {});
    },
  };
}
