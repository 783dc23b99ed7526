import type { Generated, Kysely } from 'kysely';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createOutboxTable } from '../outbox/outbox-table.ts';
import type { OutboxDatabase } from '../outbox/outbox-table.ts';
import { sqliteOutbox } from '../outbox/sqlite-outbox.ts';
import { ok } from '../result/result.ts';
import { transactionalStore } from '../store/transactional-store.ts';
import { testDatabaseLocation } from '../testing/test-database.ts';
import type { Migration } from './migrate.ts';
import { migrate } from './migrate.ts';
import { dialectOf, openDatabase } from './open-database.ts';
import { parsePostgresLocation } from './open-postgres.ts';

interface Db extends OutboxDatabase {
  things: { id: Generated<number>; name: string };
}

const migrations: Migration[] = [
  { name: '0001-outbox', up: createOutboxTable },
  {
    name: '0002-things',
    up: (db) =>
      db.schema
        .createTable('things')
        .addColumn('id', 'bigint', (c) => c.primaryKey())
        .addColumn('name', 'varchar(40)', (c) => c.notNull())
        .execute(),
  },
];

const opened: Kysely<Db>[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.destroy()));
});

/** `count` connections pools on one fresh schema, as replicas of a service would have. */
async function replicas(count: number): Promise<Kysely<Db>[]> {
  const location = testDatabaseLocation();
  const dbs = await Promise.all(Array.from({ length: count }, () => openDatabase<Db>(location)));
  opened.push(...dbs);
  return dbs;
}

describe('several replicas on one PostgreSQL schema', () => {
  it('opens PostgreSQL for a postgres:// location, in the schema it names', async () => {
    const [db] = await replicas(1);
    expect(dialectOf(db!)).toBe('postgres');
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db!);
    expect(rows[0]?.schema).toMatch(/^t_[0-9a-f]{12}$/);
  });

  it('refuses a schema name that is not a plain identifier', () => {
    expect(() => parsePostgresLocation('postgres://h/db?schema=a";drop')).toThrow(/schema/);
    expect(parsePostgresLocation('postgres://h/db?schema=parts')).toEqual({
      url: 'postgres://h/db',
      schema: 'parts',
    });
    expect(parsePostgresLocation('/tmp/x.sqlite')).toBeNull();
  });

  it('runs each migration once when replicas start together', async () => {
    const dbs = await replicas(3);
    const applied = await Promise.all(dbs.map((db) => migrate(db, migrations)));
    expect(applied.flat().sort()).toEqual(['0001-outbox', '0002-things']);
  });

  it('numbers events in commit order, so a follower behind its cursor misses none', async () => {
    const [follower, ...dbs] = await replicas(5);
    await migrate(follower!, migrations);
    const stores = dbs.map((db) =>
      transactionalStore(db, (tx) => ({ db: tx, outbox: sqliteOutbox(tx) }), {
        writersTakeTurnsOn: 'outbox',
      }),
    );
    const seen: number[] = [];
    let cursor = 0;
    const follow = async () => {
      for (const event of await sqliteOutbox(follower!).after(cursor, 1000)) {
        seen.push(event.id);
        cursor = event.id;
      }
    };
    const writes = Array.from({ length: 80 }, (_, i) =>
      stores[i % stores.length]!.transact(async ({ db, outbox }) => {
        await outbox.append({ type: 'thing.created', entity_id: `t${i}`, payload: {}, at: 'now' });
        // Work after the append keeps the transaction open, where a sequence alone would let a
        // later id commit first.
        await db
          .insertInto('things')
          .values({ id: i, name: `t${i}` })
          .execute();
        if (i % 3 === 0) await sql`select pg_sleep(0.002)`.execute(db);
        await follow();
        return ok(i);
      }),
    );
    const following = (async () => {
      for (let round = 0; round < 40; round += 1) await follow();
    })();
    await Promise.all([...writes, following]);
    await follow();
    expect(seen).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
  });
});
