import type { components } from '@kerf/openapi/bff';

/** The signed-in user as the browser sees it. */
export type SessionUser = components['schemas']['SessionUser'];

/** A server-side session: the browser only ever holds its opaque id. */
export interface Session {
  /** SHA-256 of the cookie value; the raw id is never stored. */
  key: string;
  user: SessionUser;
  /** The identity-audience token, exchanged for service tokens; never sent to the browser. */
  identityToken: string;
  /** Epoch milliseconds after which the session is over. */
  expiresAt: number;
}

/** Where sessions live, so that sign-out really ends one and a restart keeps the others. */
export interface SessionStore {
  /** Stores a new session. */
  create(session: Session): Promise<void>;
  /** The live session for a key, or null when unknown or expired. */
  find(key: string, now: number): Promise<Session | null>;
  /** Ends a session; later lookups return null. */
  remove(key: string): Promise<void>;
  /** Deletes expired sessions; returns how many. */
  purgeExpired(now: number): Promise<number>;
}
