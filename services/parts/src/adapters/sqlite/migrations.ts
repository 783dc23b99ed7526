import type { Migration } from '@kerf/service-kit';
import { createOutboxTable } from '@kerf/service-kit';

/** The parts service's schema, in order; the same SQL on SQLite and PostgreSQL (the outbox id is dialect-aware). */
export const partsMigrations: readonly Migration[] = [
  {
    name: '0001-parts',
    async up(db) {
      await db.schema
        .createTable('parts')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('company_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('owner_id', 'varchar(128)', (c) => c.notNull())
        .addColumn('upload_id', 'varchar(128)', (c) => c.notNull())
        .addColumn('blob_key', 'varchar(128)', (c) => c.notNull())
        .addColumn('original_name', 'varchar(255)', (c) => c.notNull())
        .addColumn('size_bytes', 'bigint', (c) => c.notNull())
        .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
        .addColumn('units_choice', 'varchar(8)')
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('progress', 'double precision', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('geometry', 'text')
        .addColumn('problems', 'text', (c) => c.notNull())
        .addColumn('preview', 'text')
        .addColumn('error_code', 'varchar(40)')
        .addColumn('error_message', 'text')
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('processed_at', 'varchar(40)')
        .addColumn('deleted_at', 'varchar(40)')
        // One part per company and upload: what makes a retried create idempotent.
        .addUniqueConstraint('parts_company_upload', ['company_id', 'upload_id'])
        .execute();
      await db.schema
        .createIndex('parts_company_created')
        .on('parts')
        .columns(['company_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('jobs')
        .addColumn('part_id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('state', 'varchar(16)', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('available_at', 'bigint', (c) => c.notNull())
        .addColumn('owner', 'varchar(100)')
        .addColumn('token', 'varchar(64)')
        .addColumn('leased_until', 'bigint')
        .addColumn('last_error', 'text')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('jobs_state_available')
        .on('jobs')
        .columns(['state', 'available_at'])
        .execute();
      await createOutboxTable(db);
    },
  },
];
