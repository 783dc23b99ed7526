/**
 * Kerf's application state: the Overmind configuration, its namespaces and their effects.
 * The Vue binding lives in `@kerf/state/vue`.
 */
import { createConfig } from './config.ts';

export { createConfig, type Config, type Context } from './config.ts';
export { createBffClient, type BffClient } from './effects/bff-client.ts';
export { createCatalogClient, type CatalogClient } from './effects/catalog-client.ts';
export { createQuotesClient, quoteExportUrl, type QuotesClient } from './effects/quotes-client.ts';
export type { Debouncer } from './effects/debouncer.ts';
export type {
  ChangeEvent,
  EventSourceFactory,
  EventSourceLike,
  EventStream,
} from './effects/event-stream.ts';
export type { Problem, Result } from './effects/problem.ts';
export { REQUEST_HEADER, type ApiOptions } from './effects/same-origin.ts';
export * from './namespaces/catalog/index.ts';
export type { EventsEffects, EventsState, EventsStatus } from './namespaces/events/index.ts';
export * from './namespaces/parts/index.ts';
export * from './namespaces/quotes/index.ts';
export * from './namespaces/session/index.ts';
export * from './namespaces/uploads/index.ts';

/** The raw value behind a state proxy: read without tracking (copy a long list once per render). */
export { json } from 'overmind';

/** The configuration with the browser's defaults (same origin, global fetch and EventSource). */
export const config = createConfig();
export { createKerfOvermind, type KerfOvermind } from './instance.ts';
