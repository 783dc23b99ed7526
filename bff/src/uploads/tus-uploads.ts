import { randomBytes } from 'node:crypto';
import { EVENTS, Server } from '@tus/server';
import type { DataStore, Locker } from '@tus/server';
import type { Session } from '../ports/session-store.ts';
import type { UploadRegistry } from '../ports/upload-registry.ts';
import { checkMetadata } from './upload-metadata.ts';
import type { finishUpload } from './finish-upload.ts';

/** Settings of the tus endpoint. */
export interface TusOptions {
  path: string;
  /** Where the bytes go (the disk, or S3). */
  datastore: DataStore;
  maxBytes: number;
  /** Who may touch an upload at a time: tus's in-memory locker (one BFF) or one shared by replicas. */
  locker: Locker;
  /** How long a request asked to let go of an upload's lock may still run (tus: 3 s). */
  lockDrainTimeoutMs?: number;
  registry: UploadRegistry;
  finisher: ReturnType<typeof finishUpload>;
  /** The session of a request, attached by the route before tus sees it. */
  sessionOf(request: Request): Session | undefined;
  clock: () => number;
}

const problemBody = (status: number, code: string, detail: string, errors?: unknown) =>
  JSON.stringify({ type: `about:blank#${code}`, title: 'Upload refused', status, code, detail, errors });

/** A tus 1.0 server storing files under server-chosen ids, wired to the upload registry. */
export function createTusServer(options: TusOptions): Server {
  const server = new Server({
    path: options.path,
    datastore: options.datastore,
    maxSize: options.maxBytes,
    locker: options.locker,
    lockDrainTimeout: options.lockDrainTimeoutMs,
    relativeLocation: true,
    respectForwardedHeaders: false,
    postReceiveInterval: 250,
    namingFunction: () => randomBytes(16).toString('hex'),
    async onUploadCreate(request, upload) {
      const session = options.sessionOf(request as unknown as Request);
      if (!session) throw { status_code: 401, body: problemBody(401, 'not-signed-in', 'Sign in to upload.') };
      const metadata = checkMetadata(upload.metadata);
      if (Array.isArray(metadata))
        throw {
          status_code: 400,
          body: problemBody(400, 'invalid-input', 'Check the upload metadata.', metadata),
        };
      await options.registry.create({
        upload_id: upload.id,
        batch: metadata.batch,
        name: metadata.name,
        size: upload.size ?? 0,
        sha256: metadata.sha256,
        user_id: session.user.id,
        company_id: session.user.company.id,
        created_at: new Date(options.clock()).toISOString(),
      });
      return {};
    },
    async onUploadFinish(_request, upload) {
      const outcome = await options.finisher.finish(upload.id, upload.size ?? upload.offset);
      if (outcome === 'checksum-mismatch') {
        throw {
          status_code: 460,
          body: problemBody(460, 'checksum-mismatch', 'The file arrived damaged; upload it again.'),
        };
      }
      return {};
    },
  });
  server.on(
    EVENTS.POST_RECEIVE,
    (_request, upload) => void options.registry.setOffset(upload.id, upload.offset),
  );
  return server;
}
