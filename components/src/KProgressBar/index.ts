export { default as KProgressBar } from './KProgressBar.vue';
export type { KProgressBarProps } from './KProgressBar.vue';
