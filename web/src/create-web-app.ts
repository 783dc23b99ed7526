import type { KerfOvermind } from '@kerf/state';
import { createOvermindPlugin } from '@kerf/state/vue';
import { createApp } from 'vue';
import type { RouterHistory } from 'vue-router';
import App from './App.vue';
import { createKerfI18n } from './i18n/create-i18n.ts';
import { initialLocale } from './i18n/locale.ts';
import { applyDocumentLocale, LOCALE_STORAGE } from './i18n/use-locale.ts';
import { createAppRouter } from './router/create-app-router.ts';
import { syncPageTitle } from './router/page-title.ts';

/** What the app is built from; `main.ts` passes the browser's, tests their own. */
export interface WebAppOptions {
  /** The Overmind instance (its effects decide where requests go). */
  overmind: KerfOvermind;
  /** Web history in the browser, memory history in tests. */
  history: RouterHistory;
  /** Where the language choice is kept; `null` when unavailable. */
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** The browser's preferred languages, best first. */
  languages: readonly string[];
}

/** Assembles the app: state, i18n, router with its guard, page titles. */
export function createWebApp(options: WebAppOptions) {
  const locale = initialLocale(options.storage, options.languages);
  const i18n = createKerfI18n(locale);
  const router = createAppRouter(options.history, options.overmind);
  const app = createApp(App)
    .use(createOvermindPlugin(options.overmind))
    .use(i18n)
    .use(router)
    .provide(LOCALE_STORAGE, options.storage);
  applyDocumentLocale(locale);
  syncPageTitle(router, i18n);
  return { app, router, i18n };
}
