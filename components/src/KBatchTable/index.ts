export { default as KBatchTable } from './KBatchTable.vue';
export type {
  KBatchTableColumn,
  KBatchTableEmits,
  KBatchTableProps,
  KBatchTableRowProps,
} from './KBatchTable.vue';
export { nextIndex, scrollToShow, virtualWindow, type VirtualWindow } from './virtual-window.ts';
