import type { KerfOvermind } from '@kerf/state';
import type { NavigationGuard } from 'vue-router';
import { safeRedirect } from './safe-redirect.ts';

/**
 * Keeps signed-out users on public pages: anything else sends them to `/sign-in?redirect=<where they
 * were going>`. Signed-in users visiting the sign-in page go on to the redirect target (or home).
 * The session is asked from the BFF once, on the first navigation.
 */
export function createSessionGuard(overmind: KerfOvermind): NavigationGuard {
  return async (to) => {
    if (overmind.state.session.status === 'unknown') await overmind.actions.session.loadSession();
    const signedIn = overmind.state.session.status === 'signed-in';
    if (to.name === 'sign-in') return signedIn ? safeRedirect(to.query.redirect) : true;
    if (to.meta.public || signedIn) return true;
    return { name: 'sign-in', query: { redirect: to.fullPath } };
  };
}
