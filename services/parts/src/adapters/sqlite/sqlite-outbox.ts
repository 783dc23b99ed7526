import { sqliteOutbox } from '@kerf/service-kit';
import type { Kysely } from 'kysely';
import type { Outbox } from '../../ports/outbox.ts';
import type { EventPayload, PartEvent } from '../../ports/records.ts';
import type { PartsDatabase } from './schema.ts';

/**
 * The kit's outbox on the `outbox` table (SQL: SQLite or PostgreSQL), recording events about parts
 * with a payload derived from the part.
 */
export function sqlitePartOutbox(db: Kysely<PartsDatabase>): Outbox {
  const log = sqliteOutbox<PartsDatabase, PartEvent>(db);
  return {
    append({ type, part, at }) {
      const payload: EventPayload = {
        company_id: part.company_id,
        owner_id: part.owner_id,
        upload_id: part.upload_id,
        status: part.status,
        progress: part.progress,
        revision: part.revision,
        error: part.error,
      };
      return log.append({ type, entity_id: part.id, payload, at: at.toISOString() });
    },
    after: (after, limit) => log.after(after, limit),
  };
}
