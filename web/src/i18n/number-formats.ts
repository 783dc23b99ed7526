import type { IntlNumberFormat } from 'vue-i18n';

/** Named number formats per locale: decimals, lengths, speeds and money in euros. */
function formats(): IntlNumberFormat {
  return {
    decimal: { style: 'decimal', maximumFractionDigits: 2 },
    integer: { style: 'decimal', maximumFractionDigits: 0 },
    mm: { style: 'unit', unit: 'millimeter', unitDisplay: 'short', maximumFractionDigits: 2 },
    mmPerMin: {
      style: 'unit',
      unit: 'millimeter-per-minute',
      unitDisplay: 'short',
      maximumFractionDigits: 0,
    },
    money: { style: 'currency', currency: 'EUR' },
  };
}

/** The number formats of every supported locale. */
export const numberFormats = { en: formats(), fr: formats() };
