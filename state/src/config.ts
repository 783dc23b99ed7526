import type { IContext } from 'overmind';
import { namespaced } from 'overmind/config';
import { createBffClient } from './effects/bff-client.ts';
import { createCatalogClient } from './effects/catalog-client.ts';
import { createEventStream, EVENTS_PATH } from './effects/event-stream.ts';
import { createPartsClient } from './effects/parts-client.ts';
import { createQuotesClient } from './effects/quotes-client.ts';
import { defaultApiOptions, type ApiOptions } from './effects/same-origin.ts';
import { createCatalogNamespace } from './namespaces/catalog/index.ts';
import { createEventsNamespace } from './namespaces/events/index.ts';
import { createPartsNamespace } from './namespaces/parts/index.ts';
import { createQuotesNamespace } from './namespaces/quotes/index.ts';
import { createSessionNamespace } from './namespaces/session/index.ts';
import { createUploadsNamespace } from './namespaces/uploads/index.ts';

/**
 * Builds the Overmind configuration. Configuration is separate from instantiation: the app and tests
 * call `createOvermind(createConfig(options), { devtools: false })` with their own fetch, base URL and
 * event source.
 */
export function createConfig(overrides: Partial<ApiOptions> = {}) {
  const options = { ...defaultApiOptions(), ...overrides };
  return namespaced({
    session: createSessionNamespace(createBffClient(options)),
    catalog: createCatalogNamespace(createCatalogClient(options)),
    events: createEventsNamespace(
      createEventStream(options.baseUrl.replace(/\/$/, '') + EVENTS_PATH, options.eventSource),
    ),
    uploads: createUploadsNamespace(createBffClient(options), options.baseUrl),
    parts: createPartsNamespace(createPartsClient(options)),
    quotes: createQuotesNamespace(createQuotesClient(options)),
  });
}

/** The Overmind configuration type. */
export type Config = ReturnType<typeof createConfig>;

/** What every action receives. */
export type Context = IContext<Config>;
