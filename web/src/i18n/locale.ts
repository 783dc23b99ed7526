/** The locales Kerf speaks. */
export const LOCALES = ['en', 'fr'] as const;

/** One supported locale. */
export type Locale = (typeof LOCALES)[number];

/** Where the chosen locale is kept in localStorage. */
export const LOCALE_KEY = 'kerf.locale';

/** Each locale's name in its own language, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français' };

/** Narrows a string to a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The starting locale: the stored choice, else the browser's first supported language, else English. */
export function initialLocale(
  storage: Pick<Storage, 'getItem'> | null,
  languages: readonly string[],
): Locale {
  const stored = storage?.getItem(LOCALE_KEY);
  if (isLocale(stored)) return stored;
  const preferred = languages.map((language) => language.slice(0, 2).toLowerCase()).find(isLocale);
  return preferred ?? 'en';
}
