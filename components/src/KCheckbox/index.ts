export { default as KCheckbox } from './KCheckbox.vue';
export type { KCheckboxEmits, KCheckboxProps } from './KCheckbox.vue';
