import type { Kysely } from 'kysely';
import type { FeedCursors } from '../../ports/feed-cursors.ts';
import type { QuotesDatabase } from './schema.ts';

/** Feed cursors in the `feed_cursors` table. */
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
        .onConflict((oc) => oc.column('source').doUpdateSet({ cursor }))
        .execute();
    },
  };
}
