import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3Settings } from '@kerf/service-kit';
import { checkReadiness, createLogger, databaseCheck, fail } from '@kerf/service-kit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { S3Server } from '../../../../scripts/lib/s3-server.ts';
import { startS3Server } from '../../../../scripts/lib/s3-server.ts';
import { createApp } from '../app.ts';
import { openTestApp } from '../testing/test-app.ts';
import { s3BucketCheck } from './s3-bucket-check.ts';

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
  // Some tests stopped it already.
  await server.stop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

describe('s3BucketCheck', () => {
  it('passes while the bucket answers, fails for a missing bucket or an unreachable endpoint', async () => {
    expect(await checkReadiness({ storage: s3BucketCheck(settings) })).toEqual({
      ready: true,
      checks: { storage: 'ok' },
    });
    const missing = s3BucketCheck({ ...settings, bucket: 'no-such-bucket' });
    expect((await checkReadiness({ storage: missing })).checks).toEqual({ storage: 'failed' });
    await server.stop();
    const gone = await checkReadiness({ storage: s3BucketCheck(settings) }, { timeoutMs: 5000 });
    expect(gone.checks.storage).not.toBe('ok');
  });

  it('makes GET /health/ready answer 503 naming storage when the S3 endpoint is unreachable', async () => {
    const t = await openTestApp();
    try {
      const app = createApp({
        ...t.parts,
        authenticate: async () => fail('readiness needs no token'),
        logger: createLogger({ write: () => undefined }),
        readiness: { database: databaseCheck(t.parts.db), storage: s3BucketCheck(settings) },
      });
      const ready = await app.request('/health/ready');
      expect(await t.contract.assertResponse('getReadiness', ready)).toEqual({
        status: 'ready',
        checks: { database: 'ok', storage: 'ok' },
      });
      await server.stop();
      const down = await app.request('/health/ready');
      expect(down.status).toBe(503);
      const body = await t.contract.assertResponse('getReadiness', down);
      expect(body).toMatchObject({ code: 'not-ready', checks: { database: 'ok', storage: 'failed' } });
      expect(JSON.stringify(body)).not.toContain(server.endpoint);
    } finally {
      await t.close();
    }
  });
});
