import type { Generated, Kysely } from 'kysely';
import { sql } from 'kysely';

/** The `outbox` table as Kysely sees it: the payload is JSON text, `at` an ISO time. */
export interface OutboxTable {
  id: Generated<number>;
  type: string;
  entity_id: string;
  payload: string;
  at: string;
}

/** A database with an `outbox` table (each service's schema type extends it). */
export interface OutboxDatabase {
  outbox: OutboxTable;
}

/**
 * Creates the `outbox` table, for a service's migration. The only SQLite-specific statement of the
 * services' schemas: AUTOINCREMENT, so that ids never reuse a deleted one and the feed cursor only
 * moves forward (PostgreSQL will want an identity column here).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- runs inside a migration, on any schema
export async function createOutboxTable(db: Kysely<any>): Promise<void> {
  await sql`create table outbox (
    id integer primary key autoincrement,
    type varchar(60) not null,
    entity_id varchar(64) not null,
    payload text not null,
    at varchar(40) not null
  )`.execute(db);
}
