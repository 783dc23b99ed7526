import type { Result } from '@kerf/service-kit';
import type { JobQueue } from './job-queue.ts';
import type { Outbox } from './outbox.ts';
import type { PartRepository } from './part-repository.ts';

/** Every repository of the parts service, bound to one connection or transaction. */
export interface PartsRepositories {
  readonly parts: PartRepository;
  readonly jobs: JobQueue;
  readonly outbox: Outbox;
}

/** The service's storage: reads, and changes that commit with their job and events or not at all. */
export interface PartsStore {
  /** Repositories outside any transaction. */
  readonly read: PartsRepositories;
  /**
   * Runs `work` in one transaction: commits when it succeeds, rolls back when it returns a failure or
   * throws (the error is rethrown). So a refused change leaves no job and no event behind.
   */
  transact<T, E>(work: (tx: PartsRepositories) => Promise<Result<T, E>>): Promise<Result<T, E>>;
}
