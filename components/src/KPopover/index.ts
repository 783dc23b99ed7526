export { default as KPopover } from './KPopover.vue';
export type { KPopoverProps } from './KPopover.vue';
