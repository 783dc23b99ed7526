import type { S3Settings } from '@kerf/service-kit';
import { MemoryLocker } from '@tus/server';
import type { Locker } from '@tus/server';
import type { PartsGateway } from '../ports/parts-gateway.ts';
import type { Session } from '../ports/session-store.ts';
import type { UploadRegistry } from '../ports/upload-registry.ts';
import type { UploadRouteDeps } from '../routes/uploads.ts';
import { finishUpload } from './finish-upload.ts';
import { fsUploadStorage } from './fs-upload-storage.ts';
import { s3UploadStorage } from './s3-upload-storage.ts';
import { createTusServer } from './tus-uploads.ts';

/** Settings of the upload flow. */
export interface UploadFlowOptions {
  dataDir: string;
  registry: UploadRegistry;
  parts: PartsGateway;
  maxBytes: number;
  /** Unfinished uploads older than this are deleted (24 h by default). */
  expiryMs?: number;
  /** S3-compatible storage for upload bytes and blobs; the data folder when null or absent. */
  s3?: S3Settings | null;
  /**
   * Who may touch an upload at a time: tus's in-memory locker by default (one BFF process); replicas
   * sharing uploads need a shared one (`createPostgresUploadLocker`).
   */
  locker?: Locker;
  /** How long a request asked to let go of an upload's lock may still run; tus's 3 s by default. */
  lockDrainTimeoutMs?: number;
  clock?: () => number;
}

/**
 * Builds the upload flow: tus into `<dataDir>/uploads` and blobs into `<dataDir>/blobs`, or both in S3
 * when configured; parts created after.
 */
export function createUploadFlow(
  options: UploadFlowOptions,
): UploadRouteDeps & { resume(): Promise<number>; cleanUp(): Promise<number> } {
  const expiryMs = options.expiryMs ?? 24 * 3_600_000;
  const storage = options.s3
    ? s3UploadStorage({ settings: options.s3, expiryMs })
    : fsUploadStorage({ dataDir: options.dataDir, expiryMs });
  const sessions = new WeakMap<Request, Session>();
  const finisher = finishUpload({ registry: options.registry, parts: options.parts, storage });
  const tus = createTusServer({
    path: '/api/uploads',
    datastore: storage.datastore,
    maxBytes: options.maxBytes,
    locker: options.locker ?? new MemoryLocker(),
    lockDrainTimeoutMs: options.lockDrainTimeoutMs,
    registry: options.registry,
    finisher,
    sessionOf: (request) => sessions.get(request),
    clock: options.clock ?? Date.now,
  });
  return {
    tus,
    registry: options.registry,
    attach: (request, session) => void sessions.set(request, session),
    resume: () => finisher.resume(),
    cleanUp: () => tus.cleanUpExpiredUploads(),
  };
}
