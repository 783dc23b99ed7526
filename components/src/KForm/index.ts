export { default as KForm } from './KForm.vue';
export type { KFormEmits, KFormProps } from './KForm.vue';
