import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { containsText } from './contains-text.ts';
import { openDatabase } from './open-database.ts';
import { testDatabaseLocation } from '../testing/test-database.ts';

interface Db {
  things: { id: string; name: string };
}

let db: Kysely<Db>;
beforeEach(async () => {
  db = await openDatabase<Db>(testDatabaseLocation());
  await db.schema
    .createTable('things')
    .addColumn('id', 'varchar(10)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .execute();
  const names = ['Mild Steel', 'STAINLESS steel', '100% copper', '100 copper', 'a_b', 'axb', 'back\\slash'];
  await db
    .insertInto('things')
    .values(names.map((name, i) => ({ id: `t${i}`, name })))
    .execute();
});
afterEach(() => db.destroy());

/** The names whose `name` contains `text`. */
async function matching(text: string): Promise<string[]> {
  const rows = await db
    .selectFrom('things')
    .select('name')
    .where(containsText('name', text))
    .orderBy('id')
    .execute();
  return rows.map((row) => row.name);
}

describe('containsText', () => {
  it('matches a substring whatever its case', async () => {
    expect(await matching('steel')).toEqual(['Mild Steel', 'STAINLESS steel']);
    expect(await matching('LESS S')).toEqual(['STAINLESS steel']);
  });

  it('matches %, _ and \\ literally', async () => {
    expect(await matching('0%')).toEqual(['100% copper']);
    expect(await matching('a_')).toEqual(['a_b']);
    expect(await matching('k\\s')).toEqual(['back\\slash']);
  });

  it('matches everything for an empty text', async () => {
    expect(await matching('')).toHaveLength(7);
  });
});
