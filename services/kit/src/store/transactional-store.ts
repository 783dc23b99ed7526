import type { Kysely } from 'kysely';
import type { Result } from '../result/result.ts';

/** A service's storage: repositories for reads, and changes that commit together or not at all. */
export interface TransactionalStore<R> {
  /** Repositories outside any transaction, for reads. */
  readonly read: R;
  /**
   * Runs `work` in one transaction: commits when it returns a success, rolls back when it returns a
   * failure or throws (the error is rethrown). So a refused change leaves nothing behind.
   */
  transact<T, E>(work: (tx: R) => Promise<Result<T, E>>): Promise<Result<T, E>>;
}

/** Thrown inside a transaction to roll it back when the work returns a failure. */
class Rollback extends Error {}

/**
 * A {@link TransactionalStore} on a Kysely database: `bind` builds the service's repositories on a
 * connection or a transaction (called once for reads and once per transaction).
 */
export function transactionalStore<DB, R>(
  db: Kysely<DB>,
  bind: (db: Kysely<DB>) => R,
): TransactionalStore<R> {
  return {
    read: bind(db),
    async transact<T, E>(work: (tx: R) => Promise<Result<T, E>>) {
      let outcome: Result<T, E> | undefined;
      try {
        await db.transaction().execute(async (trx) => {
          outcome = await work(bind(trx));
          if (!outcome.ok) throw new Rollback();
        });
      } catch (error) {
        if (!(error instanceof Rollback)) throw error;
      }
      return outcome as Result<T, E>;
    },
  };
}
