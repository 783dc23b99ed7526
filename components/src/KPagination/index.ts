export { default as KPagination } from './KPagination.vue';
export type { KPaginationEmits, KPaginationProps, KPaginationTexts } from './KPagination.vue';
