import { testDatabaseLocation } from '@kerf/service-kit/testing';
import { expect, it } from 'vitest';
import { openQuotesDatabase } from './open-quotes-database.ts';
import { sqliteFeedCursors } from './sqlite-feed-cursors.ts';

it('starts feed cursors at 0 and only moves them forward', async () => {
  const db = await openQuotesDatabase(testDatabaseLocation());
  try {
    const cursors = sqliteFeedCursors(db);
    expect(await cursors.get('catalog')).toBe(0);
    await cursors.set('catalog', 7);
    await cursors.set('catalog', 3);
    await cursors.set('parts', 2);
    expect([await cursors.get('catalog'), await cursors.get('parts')]).toEqual([7, 2]);
    await cursors.set('catalog', 9);
    expect(await cursors.get('catalog')).toBe(9);
  } finally {
    await db.destroy();
  }
});
