/** Formats integer euro cents for a locale, e.g. `(123450, 'fr')` -> `1 234,50 €`. */
export function formatCents(cents: number, locale: string, currency = 'EUR'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}
