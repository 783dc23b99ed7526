/**
 * The real catalog and parts apps, in process, with their own test helpers. The parts test app comes
 * from `@kerf/parts/testing`; the catalog's helpers and the parts processing story are not exported
 * (the catalog's `exports` list only the app), so they are reached by path here, in this one file;
 * everything else imports them from here.
 */
import { createHash } from 'node:crypto';
import { analyseDxf } from '@kerf/geometry';
import { openTestApp as openPartsApp } from '@kerf/parts/testing';
import type { TestApp as PartsTestApp } from '@kerf/parts/testing';
import { createLogger } from '@kerf/service-kit';
import { openTestApp as openCatalogApp } from '../../../catalog/src/testing/test-catalog.ts';
import type { TestApp as CatalogTestApp } from '../../../catalog/src/testing/test-catalog.ts';
import { exponentialBackoff } from '../../../parts/src/domain/backoff.ts';
import type { GeometryAnalyser } from '../../../parts/src/ports/geometry-analyser.ts';
import { processPart } from '../../../parts/src/stories/process-part.ts';

export type { CatalogTestApp, PartsTestApp };
export { openCatalogApp, openPartsApp };

/**
 * The geometry engine on the test's own thread (the parts service runs it in a worker pool; the
 * engine, the SHA-256 check and everything around them are the same).
 */
export const inThreadAnalyser: GeometryAnalyser = {
  async analyse(task, onProgress) {
    const actual = createHash('sha256').update(task.bytes).digest('hex');
    if (actual !== task.sha256) return { kind: 'checksum-mismatch', actual };
    return { kind: 'analysed', result: analyseDxf(task.bytes, { ...task.options, onProgress }), threadId: 0 };
  },
};

/** Processes every queued part of a parts test app with the real processing story; returns how many ran. */
export async function processQueuedParts(parts: PartsTestApp): Promise<number> {
  const deps = parts.parts;
  const run = processPart({
    store: deps.store,
    blobs: deps.blobs,
    analyser: inThreadAnalyser,
    clock: deps.clock,
    engineOptions: {},
    maxAttempts: 1,
    backoff: exponentialBackoff(1, 1),
    progressIntervalMs: 1_000_000,
    logger: createLogger({ write: () => undefined }),
  });
  let count = 0;
  for (;;) {
    const lease = await deps.store.read.jobs.claim('quotes-test', Date.now(), 60_000);
    if (!lease) return count;
    await run(lease);
    count += 1;
  }
}
