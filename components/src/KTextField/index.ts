export { default as KTextField } from './KTextField.vue';
export type { KTextFieldEmits, KTextFieldProps } from './KTextField.vue';
