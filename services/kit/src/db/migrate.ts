import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { dialectOf } from './open-database.ts';

/** One schema change; keep the SQL portable (SQLite and PostgreSQL). */
export interface Migration {
  /** Unique and stable forever, e.g. `0001-users`; migrations run in array order. */
  readonly name: string;
  // The schema is what the migrations build, so there is no database type to speak of yet.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>): Promise<void>;
}

/** The table that records applied migrations. */
export const migrationsTable = 'kerf_migrations';

/**
 * Applies, in order and each in its own transaction, the migrations not yet recorded in
 * {@link migrationsTable}; returns the names it applied. Throws when a recorded migration is unknown
 * (the database is newer than the code). On PostgreSQL, replicas starting together take turns (a
 * session lock per schema), so each migration runs once.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- works on any database schema
export async function migrate(db: Kysely<any>, migrations: readonly Migration[]): Promise<string[]> {
  if (dialectOf(db) === 'sqlite') return applyPending(db, migrations);
  return db.connection().execute(async (connection) => {
    const key = sql`hashtext(current_schema() || '.kerf_migrations')`;
    await sql`select pg_advisory_lock(${key})`.execute(connection);
    try {
      return await applyPending(connection, migrations);
    } finally {
      await sql`select pg_advisory_unlock(${key})`.execute(connection);
    }
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- works on any database schema
async function applyPending(db: Kysely<any>, migrations: readonly Migration[]): Promise<string[]> {
  const names = migrations.map((migration) => migration.name);
  if (new Set(names).size !== names.length) throw new Error('migration names must be unique');
  await db.schema
    .createTable(migrationsTable)
    .ifNotExists()
    .addColumn('name', 'varchar(200)', (column) => column.primaryKey())
    .addColumn('applied_at', 'varchar(40)', (column) => column.notNull())
    .execute();
  const rows: { name: string }[] = await db.selectFrom(migrationsTable).select('name').execute();
  const applied = new Set(rows.map((row) => row.name));
  const unknown = [...applied].filter((name) => !names.includes(name));
  if (unknown.length > 0) throw new Error(`the database has unknown migrations: ${unknown.join(', ')}`);
  const done: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.name)) continue;
    await db.transaction().execute(async (trx) => {
      await migration.up(trx);
      await trx
        .insertInto(migrationsTable)
        .values({ name: migration.name, applied_at: new Date().toISOString() })
        .execute();
    });
    done.push(migration.name);
  }
  return done;
}

/** True when a database error is a unique-constraint violation (SQLite or PostgreSQL). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
