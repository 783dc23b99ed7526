export { default as KPriceBreakdown } from './KPriceBreakdown.vue';
export type { KPriceBreakdownProps, KPriceShare, KPriceTerm } from './KPriceBreakdown.vue';
