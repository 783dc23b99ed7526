import 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without a session (sign-in, not found). */
    public?: boolean;
    /** The i18n key of the page's title. */
    titleKey?: string;
  }
}
