/** The catalog actions. Export nothing but actions here: Overmind types any other export as `never`. */
export * from './cutting-actions.ts';
export * from './live-actions.ts';
export * from './materials-actions.ts';
