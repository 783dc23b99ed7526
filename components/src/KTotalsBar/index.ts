export { default as KTotalsBar } from './KTotalsBar.vue';
export type { KTotalsBarProps } from './KTotalsBar.vue';
