import type { Kysely } from 'kysely';
import type { Outbox } from '../../ports/outbox.ts';
import type { EventPayload, EventType, PartEvent } from '../../ports/records.ts';
import type { PartsDatabase } from './schema.ts';

/**
 * The `outbox` table. SQLite serialises writers, so ids grow in commit order and a follower never
 * misses an event behind its cursor. (On PostgreSQL a sequence does not give that guarantee: an
 * adapter there must serialise appends before the cursor can be trusted.)
 */
export function sqliteOutbox(db: Kysely<PartsDatabase>): Outbox {
  return {
    async append({ type, part, at }) {
      const payload: EventPayload = {
        company_id: part.company_id,
        owner_id: part.owner_id,
        upload_id: part.upload_id,
        status: part.status,
        progress: part.progress,
        revision: part.revision,
        error: part.error,
      };
      const event = { type, entity_id: part.id, payload, at: at.toISOString() };
      const row = await db
        .insertInto('outbox')
        .values({ ...event, payload: JSON.stringify(payload) })
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
      return rows.map((row): PartEvent => ({
        id: Number(row.id),
        type: row.type as EventType,
        entity_id: row.entity_id,
        payload: JSON.parse(row.payload) as EventPayload,
        at: row.at,
      }));
    },
  };
}
