import { useI18n } from 'vue-i18n';

/** Number formatters for the current locale, for pages to show sizes, quantities and prices. */
export interface Formatters {
  /** A plain number, at most two decimals: `1,234.5` / `1 234,5`. */
  decimal(value: number): string;
  /** A length in millimetres: `12.5 mm` / `12,5 mm`. */
  mm(value: number): string;
  /** An amount in euros: `€1,234.50` / `1 234,50 €`. */
  money(value: number): string;
}

/** Formatters that follow the language switch. */
export function useFormat(): Formatters {
  const { n } = useI18n({ useScope: 'global' });
  return {
    decimal: (value) => n(value, 'decimal'),
    mm: (value) => n(value, 'mm'),
    money: (value) => n(value, 'money'),
  };
}
