import type { Result } from '@kerf/service-kit';
import type { FeedCursors } from './feed-cursors.ts';
import type { LineRepository } from './line-repository.ts';
import type { Outbox } from './outbox.ts';
import type { QuoteRepository } from './quote-repository.ts';
import type { ReleaseQueue } from './release-queue.ts';

/** Every repository of the quotes service, bound to one connection or transaction. */
export interface QuotesRepositories {
  readonly quotes: QuoteRepository;
  readonly lines: LineRepository;
  readonly outbox: Outbox;
  readonly cursors: FeedCursors;
  readonly releases: ReleaseQueue;
}

/** The quotes service's storage: reads, and changes that commit together with their events or not at all. */
export interface QuotesStore {
  /** Repositories outside any transaction, for reads. */
  readonly read: QuotesRepositories;
  /**
   * Runs `work` in one transaction: commits when it succeeds, rolls back when it returns a failure or
   * throws (the error is rethrown). Never call another service inside: the database waits meanwhile.
   */
  transact<T, E>(work: (tx: QuotesRepositories) => Promise<Result<T, E>>): Promise<Result<T, E>>;
}
