import type { Migration } from '@kerf/service-kit';
import { createOutboxTable } from '@kerf/service-kit';
import { sql } from 'kysely';

/** The catalog's schema, in order; the same SQL on SQLite and PostgreSQL (the outbox id is dialect-aware). */
export const catalogMigrations: readonly Migration[] = [
  {
    name: '0001-catalog',
    async up(db) {
      await db.schema
        .createTable('qualities')
        .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
        .addColumn('name', 'varchar(120)', (c) => c.notNull())
        .addColumn('density', 'double precision', (c) => c.notNull())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('materials')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('name', 'varchar(120)', (c) => c.notNull())
        .addColumn('quality', 'varchar(40)', (c) => c.notNull().references('qualities.id'))
        .addColumn('thickness', 'double precision', (c) => c.notNull())
        .addColumn('density', 'double precision', (c) => c.notNull())
        .addColumn('price_per_kg', 'double precision', (c) => c.notNull())
        .addColumn('is_active', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
        .execute();
      await sql`create unique index materials_name_thickness on materials (lower(name), thickness)`.execute(
        db,
      );
      await db.schema
        .createTable('material_references')
        .addColumn('material_id', 'varchar(64)', (c) => c.notNull().references('materials.id'))
        .addColumn('reference', 'varchar(200)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addPrimaryKeyConstraint('material_references_pk', ['material_id', 'reference'])
        .execute();
      await db.schema
        .createTable('cutting_parameters')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('quality', 'varchar(40)', (c) => c.notNull().references('qualities.id'))
        .addColumn('thickness', 'double precision', (c) => c.notNull())
        .addColumn('speed_mm_per_min', 'double precision', (c) => c.notNull())
        .addColumn('pierce_time_s', 'double precision', (c) => c.notNull())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
        .addUniqueConstraint('cutting_parameters_quality_thickness', ['quality', 'thickness'])
        .execute();
      await db.schema
        .createTable('shop_rates')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('rates', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(40)', (c) => c.notNull())
        .execute();
      await createOutboxTable(db);
      await db.schema
        .createTable('catalog_seeds')
        .addColumn('name', 'varchar(100)', (c) => c.primaryKey())
        .addColumn('applied_at', 'varchar(40)', (c) => c.notNull())
        .execute();
    },
  },
];
