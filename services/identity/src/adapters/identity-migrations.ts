import type { Migration } from '@kerf/service-kit';

/** The identity schema, in order; portable SQL (SQLite and PostgreSQL). */
export const identityMigrations: readonly Migration[] = [
  {
    name: '0001-companies-and-users',
    async up(db) {
      await db.schema
        .createTable('companies')
        .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
        .addColumn('name', 'varchar(120)', (c) => c.notNull().unique())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('users')
        .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
        .addColumn('email', 'varchar(254)', (c) => c.notNull().unique())
        .addColumn('name', 'varchar(120)', (c) => c.notNull())
        .addColumn('role', 'varchar(20)', (c) => c.notNull())
        .addColumn('company_id', 'varchar(40)', (c) => c.notNull().references('companies.id'))
        .addColumn('password_hash', 'varchar(400)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('users_company_id').on('users').column('company_id').execute();
    },
  },
];
