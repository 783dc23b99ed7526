import type { Logger } from '@kerf/service-kit';
import { createLogger } from '@kerf/service-kit';
import { exponentialBackoff } from '../domain/backoff.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { AnalysisTask, GeometryAnalyser } from '../ports/geometry-analyser.ts';
import type { PartRecord } from '../ports/records.ts';
import type { ProcessingSettings } from '../processing/create-processing.ts';
import { createProcessing } from '../processing/create-processing.ts';
import type { JobRunner } from '../processing/job-runner.ts';
import type { NewPartInput } from '../stories/create-part.ts';
import { createPart } from '../stories/create-part.ts';
import type { TestParts } from './test-parts.ts';

/** Fast timings for tests: short leases, quick polls and retries. */
export const fastSettings: ProcessingSettings = {
  concurrency: 4,
  leaseMs: 2_000,
  pollMs: 20,
  maxAttempts: 5,
  backoff: exponentialBackoff(20, 1_000),
  progressIntervalMs: 20,
  engineOptions: {},
};

/** An analyser that counts and remembers the tasks it passes on. */
export interface CountingAnalyser extends GeometryAnalyser {
  /** SHA-256 of every task started, in order. */
  readonly started: string[];
  /** SHA-256 of every task whose analysis ended (with a result or an error), in order. */
  readonly finished: string[];
}

/** Wraps an analyser to count its tasks. */
export function counting(analyser: GeometryAnalyser): CountingAnalyser {
  const started: string[] = [];
  const finished: string[] = [];
  return {
    started,
    finished,
    analyse(task: AnalysisTask, onProgress) {
      started.push(task.sha256);
      return analyser.analyse(task, onProgress).finally(() => finished.push(task.sha256));
    },
  };
}

/** A quiet logger, or one that keeps its events for assertions. */
export function quietLogger(events: { event: string; fields: Record<string, unknown> }[] = []): Logger {
  return createLogger({
    write: (line) => {
      const { event, ...fields } = JSON.parse(line) as { event: string } & Record<string, unknown>;
      events.push({ event, fields });
    },
  });
}

/** A processing loop over test storage. */
export function startRunner(
  parts: TestParts,
  analyser: GeometryAnalyser,
  options: {
    settings?: Partial<ProcessingSettings>;
    blobs?: BlobStore;
    owner?: string;
    logger?: Logger;
  } = {},
): JobRunner {
  const runner = createProcessing({
    store: parts.store,
    blobs: options.blobs ?? parts.blobs,
    analyser,
    clock: parts.clock,
    logger: options.logger ?? quietLogger(),
    settings: { ...fastSettings, ...options.settings },
    ...(options.owner === undefined ? {} : { owner: options.owner }),
  });
  runner.start();
  return runner;
}

/** Stores a file and creates its part as the BFF would (company `acme`). */
export async function createPartFrom(
  parts: TestParts,
  content: string | Uint8Array,
  name?: string,
): Promise<PartRecord> {
  return createPartWith(parts, await parts.upload(content, name));
}

/** Creates a part from an upload as the BFF would (company `acme`); throws when refused. */
export async function createPartWith(parts: TestParts, fields: NewPartInput): Promise<PartRecord> {
  const created = await createPart(parts)({
    actor: { sub: 'service:bff', company: '*', role: 'service' },
    fields: { ...fields, company_id: 'acme', owner_id: 'alice' },
  });
  if (!created.ok) throw new Error(`createPart refused: ${created.reason.code}`);
  return created.data.part;
}

/** Waits until a part is ready or failed (polling its row), or throws after `timeoutMs`. */
export async function settled(parts: TestParts, id: string, timeoutMs = 15_000): Promise<PartRecord> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const part = await parts.store.read.parts.findById(id, { company: null });
    if (part && (part.status === 'ready' || part.status === 'failed')) return part;
    if (Date.now() > until)
      throw new Error(`part ${id} still ${part?.status ?? 'missing'} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
