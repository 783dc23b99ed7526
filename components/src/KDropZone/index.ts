export { default as KDropZone } from './KDropZone.vue';
export type { KDropZoneEmits, KDropZoneProps } from './KDropZone.vue';
export { filesFromDrop, type DroppedItem, type EntryLike } from './collect-files.ts';
