import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { FeedCursors } from '../../ports/feed-cursors.ts';
import type { QuotesDatabase } from './schema.ts';

/**
 * Feed cursors in the `feed_cursors` table. A cursor only moves forward: replicas following one feed
 * may commit out of order, and a slower one must not take the cursor back over events already handled.
 */
export function sqliteFeedCursors(db: Kysely<QuotesDatabase>): FeedCursors {
  return {
    async get(source) {
      const row = await db
        .selectFrom('feed_cursors')
        .select('cursor')
        .where('source', '=', source)
        .executeTakeFirst();
      return row ? Number(row.cursor) : 0;
    },
    async set(source, cursor) {
      await db
        .insertInto('feed_cursors')
        .values({ source, cursor })
        .onConflict((oc) =>
          oc.column('source').doUpdateSet({
            cursor: sql<number>`case when feed_cursors.cursor > excluded.cursor then feed_cursors.cursor else excluded.cursor end`,
          }),
        )
        .execute();
    },
  };
}
