import { createOvermindMock } from 'overmind';
import { createConfig } from '../config.ts';
import { createPartsEffects } from '../namespaces/parts/index.ts';
import { createFakePartsApi } from '../namespaces/parts/testing.ts';
import { createUploadsEffects } from '../namespaces/uploads/index.ts';
import { createDurable, fakeUploadsIo, type Durable } from '../namespaces/uploads/testing.ts';
import { createFakeClock } from './fake-clock.ts';

/**
 * The uploads and parts namespaces on fakes (tus, batch server, hasher, parts service, clock) in an
 * Overmind mock. Pass the `durable` of an earlier harness to simulate a reload of the page.
 */
export function createWorkspaceHarness(durable: Durable = createDurable()) {
  const clock = createFakeClock();
  const uploads = fakeUploadsIo(durable);
  const parts = createFakePartsApi();
  const overmind = createOvermindMock(createConfig(), {
    uploads: createUploadsEffects(uploads.io, clock),
    parts: createPartsEffects(parts.api, clock),
  });
  return {
    overmind,
    clock,
    durable,
    server: durable.server,
    transfer: uploads.transfer,
    hasher: uploads.hasher,
    parts,
  };
}
