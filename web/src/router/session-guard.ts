import type { KerfOvermind } from '@kerf/state';
import type { NavigationGuard, RouteLocationNormalized, RouteLocationRaw } from 'vue-router';
import { safeRedirect } from './safe-redirect.ts';

/** The not-found page at the same URL: a role that may not open a page learns nothing about it. */
function notFound(to: RouteLocationNormalized): RouteLocationRaw {
  return {
    name: 'not-found',
    params: { pathMatch: to.path.slice(1).split('/') },
    query: to.query,
    hash: to.hash,
  };
}

/**
 * Keeps signed-out users on public pages: anything else sends them to `/sign-in?redirect=<where they
 * were going>`. Signed-in users visiting the sign-in page go on to the redirect target (or home); pages
 * limited to some roles show "not found" to the others. The session is asked from the BFF once, on the
 * first navigation.
 */
export function createSessionGuard(overmind: KerfOvermind): NavigationGuard {
  return async (to) => {
    if (overmind.state.session.status === 'unknown') await overmind.actions.session.loadSession();
    const user = overmind.state.session.status === 'signed-in' ? overmind.state.session.user : null;
    if (to.name === 'sign-in') return user ? safeRedirect(to.query.redirect) : true;
    if (to.meta.public) return true;
    if (!user) return { name: 'sign-in', query: { redirect: to.fullPath } };
    if (to.meta.roles && !to.meta.roles.includes(user.role)) return notFound(to);
    return true;
  };
}
