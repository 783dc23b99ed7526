import type { User } from '@kerf/state';
import 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session (sign-in, not found). */
    public?: boolean;
    /** The i18n key of the page's title. */
    titleKey?: string;
    /** Only these roles may open the page; others get "not found" (they learn nothing of it). */
    roles?: User['role'][];
  }
}
