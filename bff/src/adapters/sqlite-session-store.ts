import Database from 'better-sqlite3';
import type { Session, SessionStore } from '../ports/session-store.ts';

interface Row {
  key: string;
  user: string;
  identity_token: string;
  expires_at: number;
}

/** Sessions in a SQLite file (or `:memory:`), so a BFF restart keeps everyone signed in. */
export function createSqliteSessionStore(file: string): SessionStore & { close(): void } {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(`create table if not exists sessions (
    key text primary key, user text not null, identity_token text not null, expires_at integer not null)`);
  const insert = db.prepare(
    'insert into sessions (key, user, identity_token, expires_at) values (?, ?, ?, ?)',
  );
  const select = db.prepare<[string, number], Row>('select * from sessions where key = ? and expires_at > ?');
  const remove = db.prepare('delete from sessions where key = ?');
  const purge = db.prepare('delete from sessions where expires_at <= ?');
  return {
    async create(s: Session) {
      insert.run(s.key, JSON.stringify(s.user), s.identityToken, s.expiresAt);
    },
    async find(key: string, now: number) {
      const row = select.get(key, now);
      if (!row) return null;
      return {
        key: row.key,
        user: JSON.parse(row.user),
        identityToken: row.identity_token,
        expiresAt: row.expires_at,
      };
    },
    async remove(key: string) {
      remove.run(key);
    },
    async purgeExpired(now: number) {
      return purge.run(now).changes;
    },
    close: () => db.close(),
  };
}
