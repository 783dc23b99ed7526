import type { components } from '@kerf/openapi/bff';
import type { BffClient } from '../../effects/bff-client.ts';
import { settle, toProblem, type Result } from '../../effects/problem.ts';

/** The signed-in user as the BFF describes them. */
export type User = components['schemas']['SessionUser'];

/** What the sign-in form sends. */
export type Credentials = components['schemas']['Credentials'];

/** The session API of the BFF: who am I, sign in, sign out. */
export interface SessionApi {
  /** The current user, or a 401 problem when nobody is signed in. */
  load(): Promise<Result<User>>;
  /** Signs in; the BFF answers with the user and sets the HttpOnly cookie. */
  signIn(credentials: Credentials): Promise<Result<User>>;
  /** Ends the session on the server. */
  signOut(): Promise<Result<null>>;
}

/** Builds the session API on a BFF client. */
export function createSessionApi(client: BffClient): SessionApi {
  return {
    load: () =>
      settle(async () => {
        const { data, error, response } = await client.GET('/api/session');
        return data ? { ok: true, data: data.user } : { ok: false, problem: toProblem(error, response) };
      }),
    signIn: (credentials) =>
      settle(async () => {
        const { data, error, response } = await client.POST('/api/session', { body: credentials });
        return data ? { ok: true, data: data.user } : { ok: false, problem: toProblem(error, response) };
      }),
    signOut: () =>
      settle(async () => {
        const { error, response } = await client.DELETE('/api/session');
        return response.ok ? { ok: true, data: null } : { ok: false, problem: toProblem(error, response) };
      }),
  };
}
