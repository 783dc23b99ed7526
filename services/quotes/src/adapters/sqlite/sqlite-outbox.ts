import type { Kysely } from 'kysely';
import type { Outbox } from '../../ports/outbox.ts';
import type { EventPayload, EventType, QuoteEvent } from '../../ports/records.ts';
import type { QuotesDatabase } from './schema.ts';

/**
 * The `outbox` table. SQLite serialises writers, so ids grow in commit order and a follower never
 * misses an event behind its cursor.
 */
export function sqliteOutbox(db: Kysely<QuotesDatabase>): Outbox {
  return {
    async append(event) {
      const row = await db
        .insertInto('outbox')
        .values({ ...event, payload: JSON.stringify(event.payload) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: Number(row.id), ...event };
    },
    async after(after, limit) {
      const rows = await db
        .selectFrom('outbox')
        .selectAll()
        .where('id', '>', after)
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((row): QuoteEvent => ({
        id: Number(row.id),
        type: row.type as EventType,
        entity_id: row.entity_id,
        payload: JSON.parse(row.payload) as EventPayload,
        at: row.at,
      }));
    },
  };
}
