import type { Kysely } from 'kysely';
import type { ReleaseQueue } from '../../ports/release-queue.ts';
import type { QuotesDatabase } from './schema.ts';

/** Pending material-reference releases in the `pending_releases` table. */
export function sqliteReleaseQueue(db: Kysely<QuotesDatabase>): ReleaseQueue {
  return {
    async add(releases, now) {
      for (const release of releases) {
        await db
          .insertInto('pending_releases')
          .values({ ...release, attempts: 0, available_at: now })
          .execute();
      }
    },
    async due(now, limit) {
      const rows = await db
        .selectFrom('pending_releases')
        .selectAll()
        .where('available_at', '<=', now)
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: Number(row.id),
        material_id: row.material_id,
        reference: row.reference,
        attempts: Number(row.attempts),
      }));
    },
    async done(id) {
      await db.deleteFrom('pending_releases').where('id', '=', id).execute();
    },
    async postpone(id, availableAt) {
      await db
        .updateTable('pending_releases')
        .set((eb) => ({ attempts: eb('attempts', '+', 1), available_at: availableAt }))
        .where('id', '=', id)
        .execute();
    },
  };
}
