export { default as KLanguageSwitch } from './KLanguageSwitch.vue';
export type { KLanguageOption, KLanguageSwitchEmits, KLanguageSwitchProps } from './KLanguageSwitch.vue';
