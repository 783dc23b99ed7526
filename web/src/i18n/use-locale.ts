import { inject, type InjectionKey } from 'vue';
import { useI18n } from 'vue-i18n';
import { LOCALE_KEY, type Locale } from './locale.ts';

/** Where the chosen locale is remembered; `null` when storage is unavailable. */
export const LOCALE_STORAGE: InjectionKey<Pick<Storage, 'setItem'> | null> = Symbol('kerf.locale-storage');

/** Shows a locale on the page: `<html lang>` follows it, so screen readers pronounce the right language. */
export function applyDocumentLocale(locale: Locale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** The current locale and a setter that persists the choice and updates `<html lang>`. */
export function useLocale() {
  const { locale } = useI18n({ useScope: 'global' });
  const storage = inject(LOCALE_STORAGE, null);
  return {
    locale,
    setLocale(next: Locale) {
      locale.value = next;
      storage?.setItem(LOCALE_KEY, next);
      applyDocumentLocale(next);
    },
  };
}
