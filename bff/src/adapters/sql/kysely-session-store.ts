import type { Kysely } from 'kysely';
import type { Session, SessionStore } from '../../ports/session-store.ts';
import type { BffDatabase } from './bff-database.ts';

/**
 * Sessions in the BFF's database (a SQLite file, or PostgreSQL shared by every BFF replica, so any
 * replica serves any request and a restart keeps everyone signed in).
 */
export function createKyselySessionStore(db: Kysely<BffDatabase>): SessionStore {
  return {
    async create(s: Session) {
      await db
        .insertInto('sessions')
        .values({
          key: s.key,
          user: JSON.stringify(s.user),
          identity_token: s.identityToken,
          expires_at: s.expiresAt,
        })
        .execute();
    },
    async find(key: string, now: number) {
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('key', '=', key)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      if (!row) return null;
      return {
        key: row.key,
        user: JSON.parse(row.user) as Session['user'],
        identityToken: row.identity_token,
        expiresAt: Number(row.expires_at),
      };
    },
    async remove(key: string) {
      await db.deleteFrom('sessions').where('key', '=', key).execute();
    },
    async purgeExpired(now: number) {
      const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
