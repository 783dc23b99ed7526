export { default as KField } from './KField.vue';
export type { KFieldControl, KFieldProps } from './KField.vue';
