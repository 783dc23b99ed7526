import type { Kysely } from 'kysely';
import { dialectOf, serialiseWriters } from '../db/open-database.ts';
import type { OutboxDatabase } from './outbox-table.ts';

/** One recorded change, as a service's contract shows it (`payload` is JSON). */
export interface OutboxEvent {
  readonly id: number;
  readonly type: string;
  readonly entity_id: string;
  readonly payload: unknown;
  readonly at: string;
}

/** A service's ordered change log, written in the transaction of each change. */
export interface EventLog<E extends OutboxEvent> {
  /** Appends an event and returns it with its id; ids only grow. */
  append(event: Omit<E, 'id'>): Promise<E>;
  /** Up to `limit` events with an id greater than `after`, in id order. */
  after(after: number, limit: number): Promise<E[]>;
}

/**
 * The `outbox` table as an {@link EventLog} of the service's event type `E`. Ids must grow in commit
 * order so that a follower never misses an event behind its cursor: SQLite serialises writers; on
 * PostgreSQL (where a sequence alone does not give that) appending takes the outbox's writer lock
 * until the transaction ends (its own one when called outside a transaction; a
 * {@link transactionalStore} with `writersTakeTurnsOn: 'outbox'` takes it first, which also rules
 * out deadlocks). `DB` is the
 * service's schema; `E` is usually inferred from where the log goes (else name it:
 * `sqliteOutbox<PartsDatabase, PartEvent>(db)`).
 */
export function sqliteOutbox<DB extends OutboxDatabase, E extends OutboxEvent>(
  database: Kysely<DB>,
): EventLog<E> {
  // Kysely's type is invariant in its schema; only the outbox table is used here.
  const db = database as unknown as Kysely<OutboxDatabase>;
  const appendIn = async (trx: Kysely<OutboxDatabase>, event: Omit<E, 'id'>): Promise<E> => {
    await serialiseWriters(trx, 'outbox');
    const row = await trx
      .insertInto('outbox')
      .values({
        type: event.type,
        entity_id: event.entity_id,
        payload: JSON.stringify(event.payload),
        at: event.at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: Number(row.id), ...event } as E;
  };
  return {
    async append(event) {
      if (!db.isTransaction && dialectOf(db) === 'postgres') {
        return db.transaction().execute((trx) => appendIn(trx, event));
      }
      return appendIn(db, event);
    },
    async after(after, limit) {
      const rows = await db
        .selectFrom('outbox')
        .selectAll()
        .where('id', '>', after)
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(
        (row) =>
          ({
            id: Number(row.id),
            type: row.type,
            entity_id: row.entity_id,
            payload: JSON.parse(row.payload) as unknown,
            at: row.at,
          }) as E,
      );
    },
  };
}
