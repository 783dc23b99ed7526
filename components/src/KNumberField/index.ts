export { default as KNumberField } from './KNumberField.vue';
export type { KNumberFieldEmits, KNumberFieldProps } from './KNumberField.vue';
