import type { PartError } from './records.ts';

/** A claimed job: the run to process and the lease that proves the claim. */
export interface JobLease {
  readonly partId: string;
  readonly revision: number;
  /** Unique per claim: every lease operation checks it, so a stale holder changes nothing. */
  readonly token: string;
  /** 1 for the first claim of this run; re-claims after an expired lease count too. */
  readonly attempt: number;
  /** Epoch ms. */
  readonly leasedUntil: number;
}

/** Where a job is: waiting (maybe for a retry time), leased to a worker, or finished. */
export type JobState = 'queued' | 'running' | 'done' | 'failed';

/** A job row as tests and health checks see it. */
export interface JobRow {
  readonly partId: string;
  readonly revision: number;
  readonly state: JobState;
  readonly attempts: number;
  readonly availableAt: number;
  readonly leasedUntil: number | null;
  readonly lastError: string | null;
}

/**
 * The durable job table with leases: one job per part (a new run replaces the old one). Times are
 * epoch milliseconds passed in by the caller, so that tests control them.
 */
export interface JobQueue {
  /** Queues a run of a part (replacing any earlier job of the part), available from `availableAt`. */
  enqueue(partId: string, revision: number, availableAt: number): Promise<void>;
  /**
   * Leases the next available job: a queued one whose time has come, or a running one whose lease
   * expired (at-least-once). Atomic: two claimers never get the same lease.
   */
  claim(owner: string, now: number, leaseMs: number): Promise<JobLease | null>;
  /** Extends a lease still held; false when it was lost (expired and re-claimed, or the job replaced). */
  renew(lease: JobLease, now: number, leaseMs: number): Promise<boolean>;
  /** Ends a held job successfully. */
  complete(lease: JobLease, now: number): Promise<boolean>;
  /** Puts a held job back for a later attempt after a transient failure. */
  retry(lease: JobLease, availableAt: number, reason: string, now: number): Promise<boolean>;
  /** Ends a held job as failed (no more attempts). */
  fail(lease: JobLease, error: PartError, now: number): Promise<boolean>;
  /** Gives a held job back untouched (draining): available at once, the attempt not counted. */
  release(lease: JobLease, now: number): Promise<boolean>;
  /** Drops a part's job (the part was deleted). */
  remove(partId: string): Promise<void>;
  /** The job of a part, or null. */
  find(partId: string): Promise<JobRow | null>;
}
