import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open-database.ts';
import { testDatabaseLocation } from '../testing/test-database.ts';
import { fail, ok } from '../result/result.ts';
import { transactionalStore } from './transactional-store.ts';

interface Db {
  things: { id: string };
}

/** Repositories of the test: add a thing, list things. */
function things(db: Kysely<Db>) {
  return {
    add: (id: string) => db.insertInto('things').values({ id }).execute(),
    ids: async () =>
      (await db.selectFrom('things').select('id').orderBy('id').execute()).map((row) => row.id),
  };
}

let db: Kysely<Db>;
beforeEach(async () => {
  db = await openDatabase<Db>(testDatabaseLocation());
  await db.schema
    .createTable('things')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .execute();
});
afterEach(() => db.destroy());

describe('transactionalStore', () => {
  it('reads outside any transaction', async () => {
    const store = transactionalStore(db, things);
    await store.read.add('a');
    expect(await store.read.ids()).toEqual(['a']);
  });

  it('commits work that returns a success and returns that success', async () => {
    const store = transactionalStore(db, things);
    const outcome = await store.transact(async (tx) => {
      await tx.add('a');
      await tx.add('b');
      return ok(2);
    });
    expect(outcome).toEqual({ ok: true, data: 2 });
    expect(await store.read.ids()).toEqual(['a', 'b']);
  });

  it('rolls back work that returns a failure and returns that failure', async () => {
    const store = transactionalStore(db, things);
    const outcome = await store.transact(async (tx) => {
      await tx.add('a');
      return fail('refused');
    });
    expect(outcome).toEqual({ ok: false, reason: 'refused' });
    expect(await store.read.ids()).toEqual([]);
  });

  it('rolls back work that throws and rethrows the error', async () => {
    const store = transactionalStore(db, things);
    await expect(
      store.transact(async (tx) => {
        await tx.add('a');
        throw new Error('broken');
      }),
    ).rejects.toThrow('broken');
    expect(await store.read.ids()).toEqual([]);
  });
});
