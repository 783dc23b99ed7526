/**
 * Kerf's building blocks: props in, events out, slots for customisation. No API, no state, no router.
 * Import `@kerf/components/tokens.css` once in the app for the design tokens and base styles.
 */
export * from './KAlert/index.ts';
export * from './KAppShell/index.ts';
export * from './KBatchTable/index.ts';
export * from './KButton/index.ts';
export * from './KCheckbox/index.ts';
export * from './KDataTable/index.ts';
export * from './KDialog/index.ts';
export * from './KDrawer/index.ts';
export * from './KDropZone/index.ts';
export * from './KEmptyState/index.ts';
export * from './KField/index.ts';
export * from './KForm/index.ts';
export * from './KLanguageSwitch/index.ts';
export * from './KMoney/index.ts';
export * from './KNumberField/index.ts';
export * from './KPagination/index.ts';
export * from './KPartPreview/index.ts';
export * from './KPopover/index.ts';
export * from './KPriceBreakdown/index.ts';
export * from './KProblemBadge/index.ts';
export * from './KProgressBar/index.ts';
export * from './KQuantityBreaks/index.ts';
export * from './KSelect/index.ts';
export * from './KStatusBadge/index.ts';
export * from './KTextField/index.ts';
export * from './KToast/index.ts';
export * from './KTotalsBar/index.ts';
export * from './KUnitsPrompt/index.ts';
