export { default as KProblemBadge } from './KProblemBadge.vue';
export type { KProblemBadgeProps } from './KProblemBadge.vue';
