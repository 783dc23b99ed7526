export { default as KButton } from './KButton.vue';
export type { KButtonProps } from './KButton.vue';
