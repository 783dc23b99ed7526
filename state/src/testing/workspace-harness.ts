import { createOvermind, createOvermindMock } from 'overmind';
import { createConfig } from '../config.ts';
import { createDebouncer } from '../effects/debouncer.ts';
import { createLimiter } from '../effects/limiter.ts';
import type { CatalogApi } from '../namespaces/catalog/effects.ts';
import type { KerfOvermind } from '../instance.ts';
import { createPartsEffects } from '../namespaces/parts/index.ts';
import type { QuotesApi } from '../namespaces/quotes/effects.ts';
import { PREVIEW_CONCURRENCY } from '../namespaces/quotes/state.ts';
import { createWorkspaceMemory } from '../namespaces/quotes/workspace-memory.ts';
import { createFakePartsApi } from '../namespaces/parts/testing.ts';
import { createUploadsEffects } from '../namespaces/uploads/index.ts';
import { createDurable, fakeUploadsIo, type Durable } from '../namespaces/uploads/testing.ts';
import { createFakeClock } from './fake-clock.ts';

function fakes(durable: Durable) {
  const clock = createFakeClock();
  const uploads = fakeUploadsIo(durable);
  const parts = createFakePartsApi();
  const effects = {
    uploads: createUploadsEffects(uploads.io, clock),
    parts: createPartsEffects(parts.api, clock),
  };
  return {
    clock,
    durable,
    server: durable.server,
    transfer: uploads.transfer,
    hasher: uploads.hasher,
    parts,
    effects,
  };
}

/**
 * The uploads and parts namespaces on fakes (tus, batch server, hasher, parts service, clock) in an
 * Overmind mock, for action tests. Pass the `durable` of an earlier harness to simulate a reload.
 */
export function createWorkspaceHarness(durable: Durable = createDurable()) {
  const world = fakes(durable);
  const overmind = createOvermindMock(createConfig(), world.effects);
  return { ...world, overmind };
}

/**
 * The same fakes in a running Overmind (not a mock), for component tests: changes made during a
 * long asynchronous action reach the page as they do in the app, not only when the action ends.
 * `services` replaces the quotes and catalog APIs (price previews, material choices, qualities); the
 * workspace rows' kept options then live in the durable world's storage, so they survive a reload.
 */
export function createWorkspaceOvermind(
  durable: Durable = createDurable(),
  services: { quotes?: QuotesApi; catalog?: CatalogApi } = {},
) {
  const world = fakes(durable);
  const config = createConfig();
  config.effects.uploads = world.effects.uploads;
  config.effects.parts = world.effects.parts;
  if (services.quotes) {
    config.effects.quotes = {
      api: services.quotes,
      previewTimers: createDebouncer(),
      previewSlots: createLimiter(PREVIEW_CONCURRENCY),
      workspaceMemory: createWorkspaceMemory(durable.storage),
    };
  }
  if (services.catalog) config.effects.catalog = services.catalog;
  const overmind: KerfOvermind = createOvermind(config, { devtools: false });
  return { ...world, overmind };
}
