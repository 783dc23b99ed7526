export { default as KUnitsPrompt } from './KUnitsPrompt.vue';
export type { KUnitsPromptEmits, KUnitsPromptProps, KUnitsPromptTexts } from './KUnitsPrompt.vue';
