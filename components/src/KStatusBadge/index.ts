export { default as KStatusBadge } from './KStatusBadge.vue';
export type { KStatusBadgeProps } from './KStatusBadge.vue';
