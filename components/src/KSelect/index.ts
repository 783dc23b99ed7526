export { default as KSelect } from './KSelect.vue';
export type { KSelectEmits, KSelectOption, KSelectProps } from './KSelect.vue';
