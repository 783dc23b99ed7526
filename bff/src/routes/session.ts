import { Hono } from 'hono';
import type { AttemptLimiter } from '../attempt-limiter.ts';
import {
  clearSessionCookie,
  newCookieValue,
  readSession,
  sessionKey,
  writeSessionCookie,
  type CookiePolicy,
} from '../middleware/session/index.ts';
import type { IdentityGateway } from '../ports/identity-gateway.ts';
import type { SessionStore } from '../ports/session-store.ts';
import { problem, type FieldError } from '../problem.ts';

/** What the session routes need. */
export interface SessionRouteDeps {
  identity: IdentityGateway;
  sessions: SessionStore;
  cookies: CookiePolicy;
  limiter: AttemptLimiter;
  clock: () => number;
  /** Upper bound of a session's life, even when the identity token lives longer. */
  maxSessionMs: number;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks the sign-in body against the contract's `Credentials` schema. */
export function checkCredentials(body: unknown): { email: string; password: string } | FieldError[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return [{ field: 'body', message: 'must be a JSON object with email and password' }];
  }
  const { email, password, ...rest } = body as Record<string, unknown>;
  const errors: FieldError[] = [];
  if (typeof email !== 'string')
    errors.push({ field: 'body.email', message: 'is required and must be a string' });
  else if (email.length > 254 || !emailPattern.test(email))
    errors.push({ field: 'body.email', message: 'must be an email address' });
  if (typeof password !== 'string')
    errors.push({ field: 'body.password', message: 'is required and must be a string' });
  else if (password.length < 1 || password.length > 1024)
    errors.push({ field: 'body.password', message: 'must be 1 to 1024 characters' });
  for (const key of Object.keys(rest)) errors.push({ field: `body.${key}`, message: 'is not allowed' });
  return errors.length > 0 ? errors : { email: email as string, password: password as string };
}

/** `/api/session`: sign in, who am I, sign out. */
export function sessionRoutes(deps: SessionRouteDeps): Hono {
  const app = new Hono();

  app.get('/', async (c) => {
    const session = await readSession(c, deps.sessions, deps.cookies, deps.clock());
    if (!session) return problem(c, 401, 'not-signed-in', 'Sign in to continue.');
    return c.json({ user: session.user });
  });

  app.post('/', async (c) => {
    const body = await c.req.json().catch(() => undefined);
    const credentials = checkCredentials(body);
    if (Array.isArray(credentials))
      return problem(c, 400, 'invalid-input', 'Email and password are required.', credentials);
    const limitKey = credentials.email.toLowerCase();
    if (deps.limiter.blocked(limitKey, deps.clock())) {
      return problem(
        c,
        429,
        'too-many-attempts',
        'Too many sign-in attempts. Wait a few minutes and try again.',
      );
    }
    const signedIn = await deps.identity.signIn(credentials.email, credentials.password);
    if (!signedIn.ok) {
      const { error } = signedIn;
      if (error.reason === 'invalid-input')
        return problem(c, 400, 'invalid-input', 'Check the fields.', error.errors);
      if (error.reason === 'unavailable')
        return problem(c, 502, 'identity-unavailable', 'Sign-in is unavailable right now.');
      deps.limiter.fail(limitKey, deps.clock());
      return problem(c, 401, 'invalid-credentials', 'The email or the password is wrong.');
    }
    deps.limiter.reset(limitKey);
    const value = newCookieValue();
    const expiresAt = Math.min(signedIn.data.expiresAt, deps.clock() + deps.maxSessionMs);
    const { id, email, name, role, company } = signedIn.data.user;
    const user = { id, email, name, role, company: { id: company.id, name: company.name } };
    await deps.sessions.create({
      key: sessionKey(value),
      user,
      identityToken: signedIn.data.token,
      expiresAt,
    });
    writeSessionCookie(c, deps.cookies, value, expiresAt);
    return c.json({ user });
  });

  app.delete('/', async (c) => {
    const session = await readSession(c, deps.sessions, deps.cookies, deps.clock());
    clearSessionCookie(c, deps.cookies);
    if (!session) return problem(c, 401, 'not-signed-in', 'There is no session to end.');
    await deps.sessions.remove(session.key);
    return c.body(null, 204);
  });

  return app;
}
