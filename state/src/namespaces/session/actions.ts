import type { Context } from '../../config.ts';
import type { Credentials } from './effects.ts';
import { checkCredentials, signInError } from './errors.ts';

/** Asks the BFF who is signed in; any failure counts as signed out. */
export const loadSession = async ({ state, effects }: Context): Promise<void> => {
  const result = await effects.session.load();
  state.session.user = result.ok ? result.data : null;
  state.session.status = result.ok ? 'signed-in' : 'signed-out';
};

/** Signs in; resolves `true` on success, otherwise leaves an error for the form. */
export const signIn = async ({ state, effects }: Context, credentials: Credentials): Promise<boolean> => {
  const invalid = checkCredentials(credentials);
  if (invalid) {
    state.session.error = invalid;
    return false;
  }
  state.session.status = 'signing-in';
  state.session.error = null;
  const result = await effects.session.signIn(credentials);
  if (result.ok) {
    state.session.user = result.data;
    state.session.status = 'signed-in';
    return true;
  }
  state.session.user = null;
  state.session.status = 'signed-out';
  state.session.error = signInError(result.problem);
  return false;
};

/** Signs out; the local session ends even when the server cannot be reached. */
export const signOut = async ({ state, effects }: Context): Promise<void> => {
  await effects.session.signOut();
  state.session.user = null;
  state.session.error = null;
  state.session.status = 'signed-out';
};

/** Forgets the last error, e.g. when the user edits the form again. */
export const clearError = ({ state }: Context): void => {
  state.session.error = null;
};
