import { Kysely, PostgresAdapter, sql } from 'kysely';
import { openPostgres, parsePostgresLocation } from './open-postgres.ts';
import { openSqlite } from './open-sqlite.ts';

/** The SQL databases a service can run on. */
export type Dialect = 'sqlite' | 'postgres';

/**
 * Opens a service's database from one location string: a `postgres://` (or `postgresql://`) URL
 * gives PostgreSQL (an optional `schema` search parameter keeps the service's tables in their own
 * schema, created when missing); anything else is a SQLite file, or `:memory:`. The same Kysely code
 * and migrations serve both.
 */
export async function openDatabase<DB>(location: string): Promise<Kysely<DB>> {
  const postgres = parsePostgresLocation(location);
  return postgres ? openPostgres<DB>(postgres) : openSqlite<DB>(location);
}

/** Which database `db` talks to. */
export function dialectOf<DB>(db: Kysely<DB>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/**
 * Makes the rest of the transaction `trx` wait for, then exclude, every other transaction that does
 * the same on `table` (PostgreSQL; readers are not blocked). SQLite needs nothing: it serialises
 * writers already.
 */
export async function serialiseWriters<DB>(trx: Kysely<DB>, table: string): Promise<void> {
  if (dialectOf(trx) === 'postgres') await sql`lock table ${sql.table(table)} in exclusive mode`.execute(trx);
}
