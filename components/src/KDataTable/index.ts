export { default as KDataTable } from './KDataTable.vue';
export type { KDataTableEmits, KDataTableProps } from './KDataTable.vue';
export { nextOrdering, orderingKey, sortOf, type SortDirection } from './ordering.ts';
export type { KDataTableColumn, KDataTableTexts } from './types.ts';
