export { default as KQuantityBreaks } from './KQuantityBreaks.vue';
export type { KQuantityBreak, KQuantityBreaksProps, KQuantityBreaksTexts } from './KQuantityBreaks.vue';
