import type { Migration } from '@kerf/service-kit';
import { autoIncrementKey, createOutboxTable } from '@kerf/service-kit';
import { sql } from 'kysely';

/**
 * The quotes service's schema, in order; the same on SQLite and PostgreSQL (the ids of the outbox and
 * of the release queue are dialect-aware autoincrement keys).
 */
export const quotesMigrations: readonly Migration[] = [
  {
    name: '0001-quotes',
    async up(db) {
      await db.schema
        .createTable('quotes')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('company_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('name', 'varchar(120)', (c) => c.notNull())
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('valid_until', 'varchar(10)', (c) => c.notNull())
        .addColumn('currency', 'varchar(3)', (c) => c.notNull())
        .addColumn('created_by', 'varchar(128)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('sent_at', 'varchar(40)')
        .addColumn('accepted_at', 'varchar(40)')
        .addColumn('total_cents', 'bigint', (c) => c.notNull())
        .addColumn('line_count', 'integer', (c) => c.notNull())
        .addColumn('blocked_line_count', 'integer', (c) => c.notNull())
        .addColumn('cost_cents', 'bigint', (c) => c.notNull())
        .addColumn('margin_cents', 'bigint', (c) => c.notNull())
        .addColumn('machine_time_s', 'double precision', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('quotes_company')
        .on('quotes')
        .columns(['company_id', 'updated_at'])
        .execute();
      await db.schema
        .createTable('quote_lines')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('quote_id', 'varchar(64)', (c) => c.notNull().references('quotes.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('part_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('part_name', 'varchar(255)', (c) => c.notNull())
        .addColumn('material_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('material_quality', 'varchar(40)')
        .addColumn('quantity', 'integer', (c) => c.notNull())
        .addColumn('lead_time', 'varchar(20)', (c) => c.notNull())
        .addColumn('units', 'varchar(10)')
        .addColumn('status', 'varchar(20)', (c) => c.notNull())
        .addColumn('total_cents', 'bigint')
        .addColumn('cost_cents', 'bigint', (c) => c.notNull())
        .addColumn('margin_cents', 'bigint', (c) => c.notNull())
        .addColumn('machine_time_s', 'double precision', (c) => c.notNull())
        .addColumn('part_json', 'text')
        .addColumn('pricing_json', 'text', (c) => c.notNull())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('quote_lines_quote')
        .on('quote_lines')
        .columns(['quote_id', 'position'])
        .execute();
      await db.schema.createIndex('quote_lines_part').on('quote_lines').column('part_id').execute();
      await db.schema.createIndex('quote_lines_material').on('quote_lines').column('material_id').execute();
      await createOutboxTable(db);
      await db.schema
        .createTable('feed_cursors')
        .addColumn('source', 'varchar(40)', (c) => c.primaryKey())
        .addColumn('cursor', 'bigint', (c) => c.notNull())
        .execute();
      await sql`create table pending_releases (
        id ${autoIncrementKey(db)},
        material_id varchar(64) not null,
        reference varchar(200) not null,
        attempts integer not null,
        available_at bigint not null
      )`.execute(db);
    },
  },
];
