import { createApp as createIdentityApp } from '@kerf/identity';
import { createTestPorts } from '@kerf/identity/testing';
import { createLogger, databaseCheck } from '@kerf/service-kit';
import type { S3Settings } from '@kerf/service-kit';
import type { Locker } from '@tus/server';
import { createHttpIdentityGateway } from '../adapters/http-identity-gateway.ts';
import { s3BucketCheck } from '../adapters/s3-bucket-check.ts';
import { openBffDatabase } from '../adapters/sql/bff-database.ts';
import { createKyselySessionStore } from '../adapters/sql/kysely-session-store.ts';
import { createKyselyUploadRegistry } from '../adapters/sql/kysely-upload-registry.ts';
import { createApp } from '../app.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PartsGateway } from '../ports/parts-gateway.ts';
import type { UpstreamFetch } from '../routes/forward.ts';
import { createUploadFlow } from '../uploads/index.ts';

/** A parts gateway for tests that must never reach the parts service. */
export const unreachableParts: PartsGateway = {
  createPart: async () => {
    throw new Error('this test must not create parts');
  },
};

/** The BFF in front of a real identity app (in-memory SQLite), both called in-process. */
export async function bffWithIdentity(
  options: {
    secure?: boolean;
    clock?: () => number;
    upstream?: UpstreamFetch;
    parts?: PartsGateway;
    maxBytes?: number;
    /** Uploads and blobs in this S3 bucket instead of the temporary folder. */
    s3?: S3Settings;
    /** The BFF's database (sessions, uploads): in-memory SQLite by default; replicas share one. */
    database?: string;
    /** The data folder (uploads on disk): a fresh temporary one by default; replicas share one. */
    dataDir?: string;
    /** The upload locker: tus's in-memory one by default. */
    locker?: Locker;
    lockDrainTimeoutMs?: number;
    /** Aborted to make readiness answer as a draining process does. */
    draining?: AbortSignal;
  } = {},
) {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'kerf-bff-'));
  const db = await openBffDatabase(options.database ?? ':memory:');
  const registry = createKyselyUploadRegistry(db);
  const uploads = createUploadFlow({
    dataDir,
    registry,
    parts: options.parts ?? unreachableParts,
    maxBytes: options.maxBytes ?? 1024 * 1024,
    s3: options.s3 ?? null,
    locker: options.locker,
    lockDrainTimeoutMs: options.lockDrainTimeoutMs,
  });
  const ports = await createTestPorts();
  const identity = createIdentityApp({ ...ports, logger: createLogger({ write: () => {} }) });
  const sessions = createKyselySessionStore(db);
  const app = createApp({
    identity: createHttpIdentityGateway({
      baseUrl: 'http://identity.test',
      fetch: async (r) => identity.fetch(r),
    }),
    sessions,
    cookies: { secure: options.secure ?? false },
    services: { catalog: 'http://catalog.test' },
    upstream: options.upstream ?? (() => Promise.reject(new Error('no upstream in this test'))),
    webRoot: null,
    uploads,
    readiness: {
      database: databaseCheck(db),
      ...(options.s3 ? { storage: s3BucketCheck(options.s3) } : {}),
    },
    ...(options.clock ? { clock: options.clock } : {}),
    draining: options.draining,
  });
  return {
    app,
    sessions,
    registry,
    uploads,
    dataDir,
    close: () => Promise.all([ports.close(), db.destroy()]),
  };
}
