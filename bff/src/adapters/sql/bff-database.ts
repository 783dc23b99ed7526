import { migrate, openDatabase, type Migration } from '@kerf/service-kit';
import type { Kysely } from 'kysely';
import type { UploadStatus } from '../../ports/upload-registry.ts';

/** A `sessions` row; `user` is the session user as JSON. */
export interface SessionRow {
  key: string;
  user: string;
  identity_token: string;
  expires_at: number;
}

/** An `uploads` row: one per tus upload. */
export interface UploadRow {
  upload_id: string;
  batch: string;
  user_id: string;
  company_id: string;
  name: string;
  size: number;
  sha256: string;
  offset: number;
  status: UploadStatus;
  progress: number;
  part_id: string | null;
  error_code: string | null;
  error_message: string | null;
  version: number;
  created_at: string;
}

/** The BFF's tables. */
export interface BffDatabase {
  sessions: SessionRow;
  uploads: UploadRow;
  /** One row (`id` 1): the last version given to an upload change. */
  upload_version: { id: number; value: number };
}

/**
 * The BFF's schema, the same on SQLite and PostgreSQL. `if not exists` everywhere: SQLite files
 * written before the migrations existed already hold these tables, with the same columns.
 */
export const bffMigrations: readonly Migration[] = [
  {
    name: '0001-sessions-and-uploads',
    async up(db) {
      await db.schema
        .createTable('sessions')
        .ifNotExists()
        .addColumn('key', 'varchar(128)', (c) => c.primaryKey())
        .addColumn('user', 'text', (c) => c.notNull())
        .addColumn('identity_token', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('uploads')
        .ifNotExists()
        .addColumn('upload_id', 'varchar(128)', (c) => c.primaryKey())
        .addColumn('batch', 'varchar(128)', (c) => c.notNull())
        .addColumn('user_id', 'varchar(128)', (c) => c.notNull())
        .addColumn('company_id', 'varchar(128)', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
        .addColumn('offset', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('progress', 'double precision', (c) => c.notNull().defaultTo(0))
        .addColumn('part_id', 'varchar(128)')
        .addColumn('error_code', 'varchar(64)')
        .addColumn('error_message', 'text')
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('uploads_by_batch')
        .ifNotExists()
        .on('uploads')
        .columns(['user_id', 'batch', 'version'])
        .execute();
      await db.schema
        .createTable('upload_version')
        .ifNotExists()
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('value', 'bigint', (c) => c.notNull())
        .execute();
      await db
        .insertInto('upload_version')
        .values({ id: 1, value: 0 })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    },
  },
];

/**
 * Opens the BFF's database at `location` (a SQLite file, `:memory:` or a `postgres://` URL, see
 * `openDatabase`) and applies the migrations; replicas sharing one PostgreSQL database take turns.
 */
export async function openBffDatabase(location: string): Promise<Kysely<BffDatabase>> {
  const db = await openDatabase<BffDatabase>(location);
  try {
    await migrate(db, bffMigrations);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return db;
}
