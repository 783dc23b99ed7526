import { createOvermind, type Overmind } from 'overmind';
import { createConfig, type Config } from './config.ts';
import type { ApiOptions } from './effects/bff-client.ts';

/** A running Kerf state. */
export type KerfOvermind = Overmind<Config>;

/** Creates the Overmind instance (devtools off: no devtools server runs here). */
export function createKerfOvermind(options: Partial<ApiOptions> = {}): KerfOvermind {
  return createOvermind(createConfig(options), { devtools: false });
}
