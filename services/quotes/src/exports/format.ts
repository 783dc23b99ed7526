import type { LeadTime } from '../pricing/types.ts';

/**
 * How exports write numbers and labels. Everything here is locale-free and deterministic: the same
 * quote gives the same bytes on every machine.
 */

/** Whole euros and cents of an amount in cents, e.g. 123456 -> `1234.56` (a point, no grouping). */
export function eurDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** An amount for people to read, e.g. 123456 -> `EUR 1,234.56`. */
export function formatEur(cents: number): string {
  const [whole, fraction] = eurDecimal(cents).split('.') as [string, string];
  const negative = whole.startsWith('-');
  const digits = negative ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${negative ? '-' : ''}EUR ${grouped}.${fraction}`;
}

/** A length in mm with at most one decimal and no trailing zero, e.g. `200`, `12.7`. */
export function formatMm(mm: number): string {
  const tenths = Math.round(mm * 10) / 10;
  return Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1);
}

/** The size of a part, e.g. `200 x 100 mm`. */
export function formatSize(size: { readonly width: number; readonly height: number }): string {
  return `${formatMm(size.width)} x ${formatMm(size.height)} mm`;
}

const leadTimeLabels: Readonly<Record<LeadTime, string>> = {
  standard: 'Standard',
  express: 'Express',
  same_day: 'Same day',
};

/** The lead time as people read it. */
export function leadTimeLabel(leadTime: LeadTime): string {
  return leadTimeLabels[leadTime];
}

/** The day of an ISO timestamp or date, `YYYY-MM-DD`. */
export function isoDate(value: string): string {
  return value.slice(0, 10);
}
