import { useI18n } from 'vue-i18n';

/** Number formatters for the current locale, for pages to show sizes, quantities and prices. */
export interface Formatters {
  /** A plain number, at most two decimals: `1,234.5` / `1 234,5`. */
  decimal(value: number): string;
  /** A whole number: `1,235` / `1 235`. */
  integer(value: number): string;
  /** A length in millimetres: `12.5 mm` / `12,5 mm`. */
  mm(value: number): string;
  /** An amount in euros: `€1,234.50` / `1 234,50 €`. */
  money(value: number): string;
  /** A density: `7,850 kg/m³` / `7 850 kg/m³`. */
  density(value: number): string;
  /** A price per kg: `€1.20/kg` / `1,20 €/kg`. */
  pricePerKg(value: number): string;
  /** A cutting speed: `4,100 mm/min` / `4 100 mm/min`. */
  speed(value: number): string;
  /** A duration in seconds: `0.5 s` / `0,5 s`. */
  seconds(value: number): string;
}

/** Formatters that follow the language switch. */
export function useFormat(): Formatters {
  const { n, t } = useI18n({ useScope: 'global' });
  const decimal = (value: number) => n(value, 'decimal');
  const money = (value: number) => n(value, 'money');
  return {
    decimal,
    integer: (value) => n(value, 'integer'),
    mm: (value) => n(value, 'mm'),
    money,
    density: (value) => t('units.densityValue', { value: decimal(value) }),
    pricePerKg: (value) => t('units.perKg', { price: money(value) }),
    speed: (value) => n(value, 'mmPerMin'),
    seconds: (value) => t('units.secondsValue', { value: decimal(value) }),
  };
}
