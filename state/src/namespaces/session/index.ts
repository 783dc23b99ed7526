import type { BffClient } from '../../effects/bff-client.ts';
import * as actions from './actions.ts';
import { createSessionApi } from './effects.ts';
import { createSessionState } from './state.ts';

export type { Credentials, SessionApi, User } from './effects.ts';
export type { SessionError, SessionState, SessionStatus } from './state.ts';
export { createSessionApi } from './effects.ts';

/** The session namespace: who is signed in, sign in, sign out. */
export function createSessionNamespace(client: BffClient) {
  return { state: createSessionState(), actions, effects: createSessionApi(client) };
}
