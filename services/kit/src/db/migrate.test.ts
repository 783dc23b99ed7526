import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Migration } from './migrate.ts';
import { isUniqueViolation, migrate } from './migrate.ts';
import { testDatabaseLocation } from '../testing/test-database.ts';
import { openDatabase } from './open-database.ts';
import { openSqlite } from './open-sqlite.ts';

const migrations: Migration[] = [
  {
    name: '0001-things',
    up: (db) =>
      db.schema
        .createTable('things')
        .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
        .execute(),
  },
  {
    name: '0002-thing-names',
    up: (db) => db.schema.alterTable('things').addColumn('name', 'varchar(120)').execute(),
  },
];

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('openSqlite and migrate', () => {
  it('opens a file in WAL mode, creating its folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kit-db-'));
    dirs.push(dir);
    const db = openSqlite(join(dir, 'nested', 'x.sqlite'));
    const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    expect(rows[0]?.journal_mode).toBe('wal');
    await db.destroy();
  });

  it('applies pending migrations once, in order', async () => {
    const db = await openDatabase(testDatabaseLocation());
    expect(await migrate(db, migrations.slice(0, 1))).toEqual(['0001-things']);
    expect(await migrate(db, migrations)).toEqual(['0002-thing-names']);
    expect(await migrate(db, migrations)).toEqual([]);
    await sql`insert into things (id, name) values ('a', 'A')`.execute(db);
    await db.destroy();
  });

  it('rolls back a failing migration and records nothing', async () => {
    const db = await openDatabase(testDatabaseLocation());
    const broken: Migration = {
      name: '0002-broken',
      up: async (trx) => {
        await trx.schema.createTable('half').addColumn('id', 'integer').execute();
        throw new Error('nope');
      },
    };
    await expect(migrate(db, [migrations[0]!, broken])).rejects.toThrow('nope');
    await expect(sql`select * from half`.execute(db)).rejects.toThrow(/half/);
    expect(await migrate(db, migrations)).toEqual(['0002-thing-names']);
    await db.destroy();
  });

  it('refuses a database that knows migrations the code does not', async () => {
    const db = await openDatabase(testDatabaseLocation());
    await migrate(db, migrations);
    await expect(migrate(db, migrations.slice(0, 1))).rejects.toThrow(/unknown migrations: 0002-thing-names/);
    await db.destroy();
  });

  it('recognises unique violations', async () => {
    const db = await openDatabase(testDatabaseLocation());
    await migrate(db, migrations);
    await sql`insert into things (id) values ('a')`.execute(db);
    const error = await sql`insert into things (id) values ('a')`.execute(db).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(new Error('x'))).toBe(false);
    await db.destroy();
  });
});
