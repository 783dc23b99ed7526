export { default as KDrawer } from './KDrawer.vue';
export type { KDrawerEmits, KDrawerProps } from './KDrawer.vue';
