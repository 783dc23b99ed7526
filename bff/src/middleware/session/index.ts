import { createHash, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Session, SessionStore } from '../../ports/session-store.ts';
import { problem } from '../../problem.ts';

/** How the session cookie is named and flagged. */
export interface CookiePolicy {
  /** True when served over HTTPS: adds `Secure` and the `__Host-` prefix. */
  secure: boolean;
}

/** Variables the session middleware puts on the context. */
export interface SessionVariables {
  session: Session;
}

/** The cookie's base name; under HTTPS the browser sees it as `__Host-kerf_session`. */
export const cookieName = 'kerf_session';
const prefixOf = (policy: CookiePolicy) => (policy.secure ? ({ prefix: 'host' } as const) : {});

/** The store key of a cookie value: its SHA-256, so a leaked table does not leak live cookies. */
export function sessionKey(cookieValue: string): string {
  return createHash('sha256').update(cookieValue).digest('base64url');
}

/** A fresh unguessable cookie value. */
export function newCookieValue(): string {
  return randomBytes(32).toString('base64url');
}

/** Sets the HttpOnly, SameSite=Strict session cookie until `expiresAt`. */
export function writeSessionCookie(c: Context, policy: CookiePolicy, value: string, expiresAt: number): void {
  setCookie(c, cookieName, value, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: policy.secure,
    path: '/',
    expires: new Date(expiresAt),
    ...prefixOf(policy),
  });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(c: Context, policy: CookiePolicy): void {
  deleteCookie(c, cookieName, { path: '/', secure: policy.secure, ...prefixOf(policy) });
}

/** Reads the session behind the cookie, or null. */
export async function readSession(c: Context, store: SessionStore, policy: CookiePolicy, now: number) {
  const value = policy.secure ? getCookie(c, cookieName, 'host') : getCookie(c, cookieName);
  if (!value || value.length > 200) return null;
  return store.find(sessionKey(value), now);
}

/** Requires a live session; answers 401 problem+json otherwise. */
export function requireSession(
  store: SessionStore,
  policy: CookiePolicy,
  clock: () => number,
): MiddlewareHandler<{ Variables: SessionVariables }> {
  return async (c, next) => {
    const session = await readSession(c, store, policy, clock());
    if (!session) return problem(c, 401, 'not-signed-in', 'Sign in to continue.');
    c.set('session', session);
    return next();
  };
}
