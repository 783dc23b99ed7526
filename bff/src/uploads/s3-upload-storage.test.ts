import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3Settings } from '@kerf/service-kit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { S3Server } from '../../../scripts/lib/s3-server.ts';
import { startS3Server } from '../../../scripts/lib/s3-server.ts';
import type { NewPartRequest, PartsGateway } from '../ports/parts-gateway.ts';
import { bffWithIdentity } from '../testing/bff-with-identity.ts';
import { ERRORS, Upload } from '@tus/server';
import { s3BlobKey } from '@kerf/service-kit';
import { s3UploadStorage } from './s3-upload-storage.ts';

const base = 'http://localhost';
const tus = { 'tus-resumable': '1.0.0', 'x-kerf-request': '1' };
const b64 = (s: string) => Buffer.from(s).toString('base64');
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
// 300 KB of DXF-like text: two PATCHes, the first below S3's 5 MiB part minimum (kept aside by
// @tus/s3-store as an incomplete part), the second completing the multipart upload.
const file = Buffer.from(
  `0\nSECTION\n2\nENTITIES\n${'0\nLINE\n8\n0\n10\n0\n20\n0\n11\n10\n21\n0\n'.repeat(7_000)}0\nENDSEC\n0\nEOF\n`,
);

let dir: string;
let s3: S3Server;
let settings: S3Settings;
let close: () => Promise<unknown> = async () => {};
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kerf-bff-s3-'));
  s3 = await startS3Server({ dir, port: 0 });
  settings = {
    endpoint: s3.endpoint,
    bucket: s3.bucket,
    region: s3.region,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
  };
});
afterEach(async () => {
  await close();
  await s3.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function setup() {
  const created: NewPartRequest[] = [];
  // The parts service's side of the hand-off: it records the request (the blob is read from S3 below).
  const parts: PartsGateway = {
    createPart: async (request) => {
      created.push(request);
      return { ok: true, partId: `part-${created.length}` };
    },
  };
  const bff = await bffWithIdentity({ s3: settings, parts, maxBytes: 10 * 1024 * 1024 });
  close = bff.close;
  const login = await bff.app.request(`${base}/api/session`, {
    method: 'POST',
    headers: { 'x-kerf-request': '1', 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'alice@acme.test', password: 'kerf-demo-2026' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const start = async (bytes: Buffer) => {
    const meta = Object.entries({ filename: 'plate.dxf', sha256: sha(file), batch: 'batch-s3' })
      .map(([k, v]) => `${k} ${b64(v)}`)
      .join(',');
    const res = await bff.app.request(`${base}/api/uploads`, {
      method: 'POST',
      headers: { ...tus, cookie, 'upload-metadata': meta, 'upload-length': String(bytes.length) },
    });
    expect(res.status).toBe(201);
    return res.headers.get('location')!;
  };
  const patch = (location: string, offset: number, body: Buffer) =>
    bff.app.request(`${base}${location}`, {
      method: 'PATCH',
      headers: {
        ...tus,
        cookie,
        'upload-offset': String(offset),
        'content-type': 'application/offset+octet-stream',
      },
      body,
    });
  const head = (location: string) =>
    bff.app.request(`${base}${location}`, { method: 'HEAD', headers: { ...tus, cookie } });
  return { ...bff, created, start, patch, head };
}

const client = () =>
  new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: true,
    credentials: settings.credentials!,
  });

describe('tus uploads on S3', () => {
  it('takes a file in two PATCHes into S3, verifies it and leaves the blob where the parts S3 store reads it', async () => {
    const { start, patch, head, created, registry, dataDir } = await setup();
    const location = await start(file);
    const id = location.split('/').pop()!;
    expect((await patch(location, 0, file.subarray(0, 100_000))).status).toBe(204);
    expect((await head(location)).headers.get('upload-offset')).toBe('100000');
    const last = await patch(location, 100_000, file.subarray(100_000));
    expect(last.status).toBe(204);
    expect(created).toEqual([expect.objectContaining({ uploadId: id, blobKey: id, sha256: sha(file) })]);
    expect(await registry.get(id)).toMatchObject({ status: 'processing', part_id: 'part-1' });
    // The parts service reads blobs/<sha[0:2]>/<key>: the same bytes are there.
    const blob = await client().send(
      new GetObjectCommand({ Bucket: settings.bucket, Key: s3BlobKey(id, sha(file)) }),
    );
    expect(sha(Buffer.from(await blob.Body!.transformToByteArray()))).toBe(sha(file));
    // No byte of it went through this BFF's disk.
    expect(existsSync(join(dataDir, 'uploads')) ? readdirSync(join(dataDir, 'uploads')) : []).toEqual([]);
    expect((await head(location)).headers.get('upload-offset')).toBe(String(file.length));
  });

  it('refuses a file with one flipped byte (460) and stores no blob', async () => {
    const { start, patch, created, registry } = await setup();
    const location = await start(file);
    const id = location.split('/').pop()!;
    const damaged = Buffer.from(file);
    damaged[12_345] = damaged[12_345]! ^ 1;
    expect((await patch(location, 0, damaged)).status).toBe(460);
    expect(await registry.get(id)).toMatchObject({ status: 'failed', error: { code: 'checksum-mismatch' } });
    expect(created).toEqual([]);
    await expect(
      client().send(new HeadObjectCommand({ Bucket: settings.bucket, Key: s3BlobKey(id, sha(file)) })),
    ).rejects.toMatchObject({ name: 'NotFound' });
  });
});

describe('@tus/s3-store across replicas', () => {
  it('never serves one replica a length, completion or deletion made through another from a stale cache', async () => {
    // Two replicas' stores on one bucket.
    const [one, two] = [0, 1].map(() => s3UploadStorage({ settings, expiryMs: 3_600_000 }).datastore);
    await one!.create(
      new Upload({ id: 'deferred', offset: 0, size: undefined, creation_date: new Date().toISOString() }),
    );
    expect((await two!.getUpload('deferred')).size).toBeUndefined();
    await one!.declareUploadLength('deferred', 10);
    expect((await two!.getUpload('deferred')).size).toBe(10);
    await one!.write(Readable.from([Buffer.from('0123456789')]), 'deferred', 0);
    expect(await two!.getUpload('deferred')).toMatchObject({ offset: 10, size: 10 });
    // An unfinished upload deleted through one replica (tus DELETE) is gone for the other.
    await one!.create(
      new Upload({ id: 'deleted', offset: 0, size: 10, creation_date: new Date().toISOString() }),
    );
    expect((await two!.getUpload('deleted')).offset).toBe(0);
    await one!.remove('deleted');
    await expect(two!.getUpload('deleted')).rejects.toBe(ERRORS.FILE_NOT_FOUND);
  });
});
