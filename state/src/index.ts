/**
 * Kerf's application state: the Overmind configuration, its namespaces and their effects.
 * The Vue binding lives in `@kerf/state/vue`.
 */
import { createConfig } from './config.ts';

export { createConfig, type Config, type Context } from './config.ts';
export { createBffClient, REQUEST_HEADER, type ApiOptions, type BffClient } from './effects/bff-client.ts';
export type { Problem, Result } from './effects/problem.ts';
export * from './namespaces/session/index.ts';

/** The configuration with the browser's defaults (same origin, global fetch). */
export const config = createConfig();
export { createKerfOvermind, type KerfOvermind } from './instance.ts';
