export { default as KMoney } from './KMoney.vue';
export type { KMoneyProps } from './KMoney.vue';
export { formatCents } from './money.ts';
