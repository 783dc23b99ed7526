import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Migration } from '../db/migrate.ts';
import { migrate } from '../db/migrate.ts';
import { openDatabase } from '../db/open-database.ts';
import { testDatabaseLocation } from '../testing/test-database.ts';
import type { OutboxDatabase } from './outbox-table.ts';
import { createOutboxTable } from './outbox-table.ts';
import type { EventLog } from './sqlite-outbox.ts';
import { sqliteOutbox } from './sqlite-outbox.ts';

/** A service's event type, as its contract would generate it. */
interface ThingEvent {
  id: number;
  type: 'thing.created' | 'thing.deleted';
  entity_id: string;
  payload: { name: string; tags: string[] };
  at: string;
}

const migrations: Migration[] = [{ name: '0001-outbox', up: createOutboxTable }];

const event = (entity_id: string, type: ThingEvent['type'] = 'thing.created'): Omit<ThingEvent, 'id'> => ({
  type,
  entity_id,
  payload: { name: `Thing ${entity_id}`, tags: ['a', 'b'] },
  at: '2025-01-01T00:00:00.000Z',
});

let db: Kysely<OutboxDatabase>;
beforeEach(async () => {
  db = await openDatabase<OutboxDatabase>(testDatabaseLocation());
  await migrate(db, migrations);
});
afterEach(() => db.destroy());

describe('sqliteOutbox', () => {
  it('appends events with growing ids and returns them as given', async () => {
    const outbox: EventLog<ThingEvent> = sqliteOutbox(db);
    const first = await outbox.append(event('t1'));
    const second = await outbox.append(event('t1', 'thing.deleted'));
    expect(first).toEqual({ id: 1, ...event('t1') });
    expect(second.id).toBe(2);
  });

  it('reads the events after a cursor in id order, at most `limit`, with their payload parsed', async () => {
    const outbox: EventLog<ThingEvent> = sqliteOutbox(db);
    for (const id of ['t1', 't2', 't3', 't4']) await outbox.append(event(id));
    expect((await outbox.after(1, 2)).map((e) => e.entity_id)).toEqual(['t2', 't3']);
    expect(await outbox.after(3, 10)).toEqual([{ id: 4, ...event('t4') }]);
    expect(await outbox.after(4, 10)).toEqual([]);
  });

  it('never reuses the id of a deleted event, so a cursor only moves forward', async () => {
    const outbox: EventLog<ThingEvent> = sqliteOutbox(db);
    await outbox.append(event('t1'));
    await outbox.append(event('t2'));
    await db.deleteFrom('outbox').where('id', '=', 2).execute();
    expect((await outbox.append(event('t3'))).id).toBe(3);
  });
});
