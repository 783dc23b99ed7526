import type { Problem } from '../../effects/problem.ts';
import type { Credentials } from './effects.ts';
import type { SessionError } from './state.ts';

/** The one message for an unknown user or a wrong password: no hint which. */
export const WRONG_CREDENTIALS = 'Email or password is wrong.';

/** `body.email`, `/body/email` or `email` -> `email`. */
function fieldName(field: string): string {
  return field.split(/[./]/).filter(Boolean).pop() ?? field;
}

/** Checks the form before it leaves the browser: both fields are required. */
export function checkCredentials(credentials: Credentials): SessionError | null {
  const fields: Record<string, string> = {};
  if (credentials.email.trim() === '') fields.email = 'Enter your email address.';
  if (credentials.password === '') fields.password = 'Enter your password.';
  if (Object.keys(fields).length === 0) return null;
  return { code: 'invalid-input', message: 'Check the highlighted fields.', fields };
}

/** Maps a sign-in problem to what the form shows. */
export function signInError(problem: Problem): SessionError {
  if (problem.status === 401) return { code: 'wrong-credentials', message: WRONG_CREDENTIALS, fields: {} };
  if (problem.status === 400) {
    const fields: Record<string, string> = {};
    for (const { field, message } of problem.errors ?? []) fields[fieldName(field)] ??= message;
    return { code: 'invalid-input', message: problem.detail ?? problem.title, fields };
  }
  if (problem.status === 429) {
    return { code: 'too-many-attempts', message: 'Too many attempts; try again later.', fields: {} };
  }
  if (problem.status === 0) return { code: 'network', message: 'The server cannot be reached.', fields: {} };
  return { code: 'unexpected', message: problem.detail ?? problem.title, fields: {} };
}
