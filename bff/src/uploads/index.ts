import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PartsGateway } from '../ports/parts-gateway.ts';
import type { Session } from '../ports/session-store.ts';
import type { UploadRegistry } from '../ports/upload-registry.ts';
import type { UploadRouteDeps } from '../routes/uploads.ts';
import { finishUpload } from './finish-upload.ts';
import { createTusServer } from './tus-uploads.ts';

/** Settings of the upload flow. */
export interface UploadFlowOptions {
  dataDir: string;
  registry: UploadRegistry;
  parts: PartsGateway;
  maxBytes: number;
  expiryMs?: number;
  clock?: () => number;
}

/** Builds the upload flow: tus into `<dataDir>/uploads`, blobs into `<dataDir>/blobs`, parts created after. */
export function createUploadFlow(
  options: UploadFlowOptions,
): UploadRouteDeps & { resume(): Promise<number>; cleanUp(): Promise<number> } {
  const uploadsDir = join(options.dataDir, 'uploads');
  const blobsDir = join(options.dataDir, 'blobs');
  mkdirSync(uploadsDir, { recursive: true });
  const sessions = new WeakMap<Request, Session>();
  const finisher = finishUpload({ registry: options.registry, parts: options.parts, uploadsDir, blobsDir });
  const tus = createTusServer({
    path: '/api/uploads',
    uploadsDir,
    maxBytes: options.maxBytes,
    expiryMs: options.expiryMs ?? 24 * 3_600_000,
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
