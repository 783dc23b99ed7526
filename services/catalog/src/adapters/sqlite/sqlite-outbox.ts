import type { Kysely } from 'kysely';
import type { Outbox } from '../../ports/outbox.ts';
import type { CatalogEvent, EventType } from '../../ports/records.ts';
import type { CatalogDatabase } from './schema.ts';

/**
 * The `outbox` table. SQLite serialises writers, so ids grow in commit order and a follower never
 * misses an event behind its cursor. (On PostgreSQL a sequence does not give that guarantee: an
 * adapter there must serialise appends, e.g. with a table lock, before the cursor can be trusted.)
 */
export function sqliteOutbox(db: Kysely<CatalogDatabase>): Outbox {
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
      return rows.map((row): CatalogEvent => ({
        id: Number(row.id),
        type: row.type as EventType,
        entity_id: row.entity_id,
        payload: JSON.parse(row.payload) as Record<string, unknown>,
        at: row.at,
      }));
    },
  };
}
