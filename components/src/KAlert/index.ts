export { default as KAlert } from './KAlert.vue';
export type { KAlertEmits, KAlertProps } from './KAlert.vue';
