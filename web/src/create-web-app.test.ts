import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createWebApp } from './create-web-app.ts';
import { LOCALE_KEY } from './i18n/locale.ts';
import { createFakeBff } from './testing/fake-bff.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

async function start(path: string, options: { signedIn?: boolean; stored?: Record<string, string> } = {}) {
  const bff = createFakeBff({ signedIn: options.signedIn ?? false });
  const storage = memoryStorage(options.stored);
  const web = createWebApp({
    overmind: bff.overmind,
    history: createMemoryHistory(),
    storage,
    languages: [],
  });
  await web.router.push(path);
  await web.router.isReady();
  const host = document.createElement('div');
  document.body.append(host);
  web.app.mount(host);
  await flushPromises();
  return { ...bff, ...web, storage };
}

const text = () => document.body.textContent ?? '';
const $ = (selector: string) => document.body.querySelector(selector);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the web app', () => {
  it('shows the sign-in page with one h1, landmarks and a title to signed-out users', async () => {
    const { app } = await start('/quotes/new');
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect($('h1')?.textContent).toBe('Sign in to Kerf');
    expect($('main#main')).not.toBeNull();
    expect($('header')).not.toBeNull();
    expect(document.title).toBe('Sign in · Kerf');
    expect(document.documentElement.lang).toBe('en');
    expect($('[data-test=user]')).toBeNull();
    app.unmount();
  });

  it('shows who is signed in and the empty new-quote workspace', async () => {
    const { app } = await start('/', { signedIn: true });
    expect($('h1')?.textContent).toBe('New quote');
    expect(document.title).toBe('New quote · Kerf');
    const user = $('[data-test=user]')?.textContent ?? '';
    expect(user).toContain('Ada Lovelace');
    expect(user).toContain('Administrator · Kerf Laser');
    expect($('nav a[aria-current=page]')?.textContent?.trim()).toBe('New quote');
    expect(text()).toContain('No parts yet');
    app.unmount();
  });

  it('switches to French, remembers it and sets <html lang>', async () => {
    const { app, storage } = await start('/sign-in');
    const select = $('select') as HTMLSelectElement;
    expect(document.querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Language');
    select.value = 'fr';
    select.dispatchEvent(new Event('change'));
    await flushPromises();
    expect(storage.items.get(LOCALE_KEY)).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.title).toBe('Se connecter · Kerf');
    expect($('h1')?.textContent).toBe('Connexion à Kerf');
    expect(document.querySelector(`label[for="${select.id}"]`)?.textContent).toBe('Langue');
    app.unmount();
  });

  it('starts in the stored language', async () => {
    const { app } = await start('/sign-in', { stored: { [LOCALE_KEY]: 'fr' } });
    expect($('button[type=submit]')?.textContent).toBe('Se connecter');
    expect(document.documentElement.lang).toBe('fr');
    app.unmount();
  });

  it('signs out: the session ends on the server and the sign-in page says so', async () => {
    const { app, router, requests } = await start('/quotes/new', { signedIn: true });
    const signOut = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Sign out',
    );
    signOut!.click();
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('sign-in'));
    await flushPromises();
    expect(requests.at(-1)).toEqual({ method: 'DELETE', path: '/api/session', header: '1' });
    expect($('[role=status]')?.textContent).toContain('You have signed out.');
    expect($('[data-test=user]')).toBeNull();
    app.unmount();
  });

  it('links the catalog pages by role and follows the live feed while signed in', async () => {
    const { app, overmind } = await start('/', { signedIn: true });
    const links = () => [...document.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(links()).toEqual(['/quotes', '/quotes/new', '/materials', '/cutting-parameters']);
    expect(overmind.state.events.status).toBe('connecting');
    const signOut = [...document.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Sign out',
    );
    signOut!.click();
    await vi.waitFor(() => expect(overmind.state.events.status).toBe('closed'));
    app.unmount();
  });

  it('shows not-found with its own h1', async () => {
    const { app } = await start('/no/such/page', { signedIn: true });
    expect($('h1')?.textContent).toBe('Page not found');
    expect(text()).toContain('/no/such/page');
    app.unmount();
  });
});
