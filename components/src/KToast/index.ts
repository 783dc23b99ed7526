export { default as KToast } from './KToast.vue';
export type { KToastEmits, KToastProps } from './KToast.vue';
