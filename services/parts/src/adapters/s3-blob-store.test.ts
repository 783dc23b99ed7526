import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3Settings } from '@kerf/service-kit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { S3Server } from '../../../../scripts/lib/s3-server.ts';
import { startS3Server } from '../../../../scripts/lib/s3-server.ts';
import { describeBlobStore } from '../testing/blob-store-contract.ts';
import { s3BlobStore } from './s3-blob-store.ts';

// A real S3 API: s3rver on loopback, a fresh folder and bucket for each test.
let dir: string;
let server: S3Server;
let settings: S3Settings;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kerf-s3-'));
  server = await startS3Server({ dir, port: 0 });
  settings = {
    endpoint: server.endpoint,
    bucket: server.bucket,
    region: server.region,
    credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
  };
});
afterEach(async () => {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

describeBlobStore('s3BlobStore', () => s3BlobStore(settings));

describe('s3BlobStore', () => {
  it('keeps a blob at blobs/<first 2 hex digits of its SHA-256>/<key> in the bucket', async () => {
    const bytes = new TextEncoder().encode('0\nEOF\n');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await s3BlobStore(settings).write({ key: 'upload-1', sha256 }, bytes);
    // s3rver keeps an object as a file named after its key, under a folder per bucket.
    expect(existsSync(join(dir, server.bucket, 'blobs', sha256.slice(0, 2), 'upload-1._S3rver_object'))).toBe(
      true,
    );
  });

  it('reports an unreachable server as unavailable (worth a retry), not missing', async () => {
    const blobs = s3BlobStore(settings);
    await server.stop();
    const sha256 = 'a'.repeat(64);
    expect(await blobs.read({ key: 'k', sha256 })).toEqual({ ok: false, reason: 'unavailable' });
    server = await startS3Server({ dir, port: 0 });
  });
});
