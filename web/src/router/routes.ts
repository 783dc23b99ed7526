import type { RouteRecordRaw } from 'vue-router';
import './route-meta.ts';

/** The roles that manage the catalog. */
export const CATALOG_MANAGERS = ['internal', 'admin'] as const;

/** The app's pages, each loaded on first visit. */
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/quotes/new' },
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('../pages/SignInPage.vue'),
    meta: { public: true, titleKey: 'signIn.submit' },
  },
  {
    path: '/quotes/new',
    name: 'new-quote',
    component: () => import('../pages/NewQuotePage.vue'),
    meta: { titleKey: 'newQuote.title' },
  },
  {
    path: '/quotes',
    name: 'quotes',
    component: () => import('../pages/QuotesPage.vue'),
    meta: { titleKey: 'quotes.title' },
  },
  {
    path: '/quotes/:id',
    name: 'quote',
    component: () => import('../pages/QuotePage.vue'),
    meta: { titleKey: 'quotes.title' },
  },
  {
    path: '/materials',
    name: 'materials',
    component: () => import('../pages/MaterialsPage.vue'),
    meta: { titleKey: 'materials.title' },
  },
  {
    path: '/cutting-parameters',
    name: 'cutting-parameters',
    component: () => import('../pages/CuttingParametersPage.vue'),
    meta: { titleKey: 'cuttingParameters.title', roles: [...CATALOG_MANAGERS] },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../pages/NotFoundPage.vue'),
    meta: { public: true, titleKey: 'notFound.title' },
  },
];
