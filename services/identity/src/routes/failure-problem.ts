import type { Context } from 'hono';
import { problem } from '@kerf/service-kit';

/** Every reason an identity story can fail with. */
export type IdentityFailure =
  | 'invalid-credentials'
  | 'unknown-user'
  | 'forbidden'
  | 'duplicate-email'
  | 'duplicate-name'
  | 'unknown-company'
  | 'company-not-found';

/** Maps a story failure to its problem+json response. */
export function failureProblem(c: Context, reason: IdentityFailure): Response {
  switch (reason) {
    case 'invalid-credentials':
      return problem(c, 401, 'invalid-credentials', 'The email or password is wrong.');
    case 'unknown-user':
      return problem(c, 401, 'unauthorized', 'The user of this token no longer exists.');
    case 'forbidden':
      return problem(c, 403, 'forbidden', 'Your role may not do this.');
    case 'duplicate-email':
      return problem(c, 409, 'duplicate-email', 'A user with this email already exists.');
    case 'duplicate-name':
      return problem(c, 409, 'duplicate-name', 'A company with this name already exists.');
    case 'company-not-found':
      return problem(c, 404, 'not-found', 'No company has this id.');
    case 'unknown-company':
      return problem(c, 400, 'invalid-input', 'The company does not exist.', [
        { field: 'body.company_id', message: 'is not a known company' },
      ]);
  }
}
