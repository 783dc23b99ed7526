import { describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { User } from '@kerf/state';
import { ADA, ALICE, createFakeBff, PASSWORD } from '../testing/fake-bff.ts';
import { createAppRouter } from './create-app-router.ts';

function setup(signedIn: boolean, user: User = ADA) {
  const bff = createFakeBff({ signedIn, user });
  const router = createAppRouter(createMemoryHistory(), bff.overmind);
  return { ...bff, router };
}

describe('session guard', () => {
  it('sends signed-out users to sign-in with the page they asked for', async () => {
    const { router } = setup(false);
    await router.push('/quotes/new?from=mail');
    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(router.currentRoute.value.query.redirect).toBe('/quotes/new?from=mail');
  });

  it('lets signed-in users through and redirects / to the new quote', async () => {
    const { router } = setup(true);
    await router.push('/');
    expect(router.currentRoute.value.fullPath).toBe('/quotes/new');
  });

  it('sends signed-in users away from the sign-in page', async () => {
    const { router } = setup(true);
    await router.push('/sign-in');
    expect(router.currentRoute.value.fullPath).toBe('/quotes/new');
    await router.push('/sign-in?redirect=%2Fquotes%2Fnew%3Fx%3D1');
    expect(router.currentRoute.value.fullPath).toBe('/quotes/new?x=1');
  });

  it('never redirects to another origin', async () => {
    const { router } = setup(true);
    await router.push('/sign-in?redirect=%2F%2Fevil.example%2F');
    expect(router.currentRoute.value.fullPath).toBe('/quotes/new');
  });

  it('asks the BFF for the session once', async () => {
    const { router, requests } = setup(true);
    await router.push('/quotes/new');
    await router.push('/nowhere');
    await router.push('/');
    expect(requests.filter((r) => r.method === 'GET')).toHaveLength(1);
  });

  it('shows not-found for unknown paths, signed in or not', async () => {
    const { router } = setup(false);
    await router.push('/does/not/exist');
    expect(router.currentRoute.value.name).toBe('not-found');
  });

  it('lets a user through after signing in, and back out after signing out', async () => {
    const { router, overmind } = setup(false);
    await router.push('/quotes/new');
    expect(router.currentRoute.value.name).toBe('sign-in');
    await overmind.actions.session.signIn({ email: ADA.email, password: PASSWORD });
    await router.push('/quotes/new');
    expect(router.currentRoute.value.name).toBe('new-quote');
    await overmind.actions.session.signOut();
    await router.push('/quotes/new?again=1');
    expect(router.currentRoute.value.name).toBe('sign-in');
  });

  it('shows not-found, at the same URL, to roles a page is not for', async () => {
    const { router } = setup(true, ALICE);
    await router.push('/cutting-parameters?quality=brass#top');
    expect(router.currentRoute.value.name).toBe('not-found');
    expect(router.currentRoute.value.fullPath).toBe('/cutting-parameters?quality=brass#top');
    await router.push('/materials');
    expect(router.currentRoute.value.name).toBe('materials');
  });

  it('lets estimators and admins open the catalog admin pages', async () => {
    for (const role of ['internal', 'admin'] as const) {
      const { router } = setup(true, { ...ADA, role });
      await router.push('/cutting-parameters');
      expect(router.currentRoute.value.name).toBe('cutting-parameters');
    }
  });

  it('asks signed-out users to sign in first, even for pages limited to some roles', async () => {
    const { router } = setup(false);
    await router.push('/cutting-parameters');
    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(router.currentRoute.value.query.redirect).toBe('/cutting-parameters');
  });
});
