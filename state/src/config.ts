import type { IContext } from 'overmind';
import { namespaced } from 'overmind/config';
import { createBffClient, defaultApiOptions, type ApiOptions } from './effects/bff-client.ts';
import { createSessionNamespace } from './namespaces/session/index.ts';

/**
 * Builds the Overmind configuration. Configuration is separate from instantiation: the app and tests
 * call `createOvermind(createConfig(options), { devtools: false })` with their own fetch and base URL.
 */
export function createConfig(options: Partial<ApiOptions> = {}) {
  const client = createBffClient({ ...defaultApiOptions(), ...options });
  return namespaced({ session: createSessionNamespace(client) });
}

/** The Overmind configuration type. */
export type Config = ReturnType<typeof createConfig>;

/** What every action receives. */
export type Context = IContext<Config>;
