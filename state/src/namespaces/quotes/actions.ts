/** The quotes actions. Export nothing but actions here: Overmind types any other export as `never`. */
export * from './line-actions.ts';
export * from './list-actions.ts';
export * from './live-actions.ts';
export * from './quote-actions.ts';
export * from './material-actions.ts';
export * from './from-parts-actions.ts';
export * from './workspace-actions.ts';
export * from './workspace-keep-actions.ts';
