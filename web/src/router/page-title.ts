import { watch } from 'vue';
import type { Router } from 'vue-router';
import type { KerfI18n } from '../i18n/create-i18n.ts';

/** Keeps `document.title` on "<page> · Kerf" in the current language. */
export function syncPageTitle(router: Router, i18n: KerfI18n): void {
  const update = () => {
    const key = router.currentRoute.value.meta.titleKey;
    const { t } = i18n.global;
    document.title = key ? t('app.pageTitle', { page: t(key) }) : t('app.name');
  };
  router.afterEach(update);
  watch(i18n.global.locale, update);
}
