export { default as KEmptyState } from './KEmptyState.vue';
export type { KEmptyStateProps } from './KEmptyState.vue';
