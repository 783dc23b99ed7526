export { default as KAppShell } from './KAppShell.vue';
export type { KAppShellEmits, KAppShellProps, KNavLink } from './KAppShell.vue';
