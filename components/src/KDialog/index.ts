export { default as KDialog } from './KDialog.vue';
export type { KDialogEmits, KDialogProps } from './KDialog.vue';
