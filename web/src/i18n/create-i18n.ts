import { createI18n } from 'vue-i18n';
import type { Locale } from './locale.ts';
import { en } from './messages/en.ts';
import { fr } from './messages/fr.ts';
import { numberFormats } from './number-formats.ts';

/** Creates the i18n instance (composition mode) with both catalogs and number formats. */
export function createKerfI18n(locale: Locale) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { en, fr },
    numberFormats,
  });
}

/** The app's i18n instance. */
export type KerfI18n = ReturnType<typeof createKerfI18n>;
