import type { KerfOvermind } from '@kerf/state';
import { createRouter, type RouterHistory } from 'vue-router';
import { routes } from './routes.ts';
import { createSessionGuard } from './session-guard.ts';

/** The router with its session guard; the history is injected (web history in the app, memory in tests). */
export function createAppRouter(history: RouterHistory, overmind: KerfOvermind) {
  const router = createRouter({ history, routes });
  router.beforeEach(createSessionGuard(overmind));
  return router;
}
