import type { Kysely } from 'kysely';
import { serialiseWriters } from '../db/open-database.ts';
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

/** How a store's transactions begin. */
export interface TransactionOptions {
  /**
   * A table whose writers take turns: each transaction locks it first (PostgreSQL; SQLite serialises
   * writers anyway). Use `outbox` when changes append events, so event ids follow commit order.
   */
  readonly writersTakeTurnsOn?: string;
}

/**
 * A {@link TransactionalStore} on a Kysely database: `bind` builds the service's repositories on a
 * connection or a transaction (called once for reads and once per transaction).
 */
export function transactionalStore<DB, R>(
  db: Kysely<DB>,
  bind: (db: Kysely<DB>) => R,
  options: TransactionOptions = {},
): TransactionalStore<R> {
  const turnsOn = options.writersTakeTurnsOn;
  return {
    read: bind(db),
    async transact<T, E>(work: (tx: R) => Promise<Result<T, E>>) {
      let outcome: Result<T, E> | undefined;
      try {
        await db.transaction().execute(async (trx) => {
          if (turnsOn) await serialiseWriters(trx, turnsOn);
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
