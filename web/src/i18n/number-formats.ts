import type { IntlNumberFormat } from 'vue-i18n';

/** Named number formats per locale: plain decimals, millimetres and money in euros. */
function formats(): IntlNumberFormat {
  return {
    decimal: { style: 'decimal', maximumFractionDigits: 2 },
    mm: { style: 'unit', unit: 'millimeter', unitDisplay: 'short', maximumFractionDigits: 2 },
    money: { style: 'currency', currency: 'EUR' },
  };
}

/** The number formats of every supported locale. */
export const numberFormats = { en: formats(), fr: formats() };
