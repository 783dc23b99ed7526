/** A calendar date (`2026-02-01`) for the locale, e.g. `Feb 1, 2026` / `1 févr. 2026`, without time-zone shifts. */
export function formatDay(value: string, locale: string): string {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1, day!)),
  );
}

/** A moment (ISO 8601) for the locale, date and time, e.g. `Feb 1, 2026, 3:04 PM`. */
export function formatMoment(value: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}
