import type { User } from './effects.ts';

/** Where the session stands; `unknown` until the BFF has been asked. */
export type SessionStatus = 'unknown' | 'signed-out' | 'signing-in' | 'signed-in';

/** Why the last session action failed. */
export interface SessionError {
  /** A stable code the page translates: `wrong-credentials`, `invalid-input`, `too-many-attempts`, ... */
  code: string;
  /** An English fallback message. */
  message: string;
  /** Messages per form field (`email`, `password`). */
  fields: Record<string, string>;
}

/** The session namespace's state. */
export interface SessionState {
  status: SessionStatus;
  user: User | null;
  error: SessionError | null;
}

/** A fresh session state: nothing known yet. */
export function createSessionState(): SessionState {
  return { status: 'unknown', user: null, error: null };
}
