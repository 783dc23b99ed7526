import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { testDatabaseLocation } from '@kerf/service-kit/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { createPostgresUploadLocker } from '../adapters/sql/postgres-upload-locker.ts';
import type { NewPartRequest, PartsGateway } from '../ports/parts-gateway.ts';
import { bffWithIdentity } from '../testing/bff-with-identity.ts';

const base = 'http://localhost';
const tus = { 'tus-resumable': '1.0.0', 'x-kerf-request': '1' };
const b64 = (s: string) => Buffer.from(s).toString('base64');
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const file = Buffer.from(
  `0\nSECTION\n2\nENTITIES\n${'0\nLINE\n8\n0\n10\n0\n20\n0\n11\n10\n21\n0\n'.repeat(20_000)}0\nENDSEC\n0\nEOF\n`,
);

const cleanUps: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(cleanUps.splice(0).map((cleanUp) => cleanUp()));
});

/** Two BFF app instances on one PostgreSQL schema and one upload folder: two replicas behind a proxy. */
async function twoReplicas() {
  const database = testDatabaseLocation();
  const dataDir = mkdtempSync(join(tmpdir(), 'kerf-bff-replicas-'));
  const created: NewPartRequest[] = [];
  const parts: PartsGateway = {
    createPart: async (request) => {
      created.push(request);
      return { ok: true, partId: `part-${created.length}` };
    },
  };
  const replica = async () => {
    const locker = createPostgresUploadLocker({ location: database });
    const bff = await bffWithIdentity({
      database,
      dataDir,
      parts,
      locker,
      lockDrainTimeoutMs: 100,
      maxBytes: 4 * 1024 * 1024,
    });
    cleanUps.push(() => Promise.all([bff.close(), locker.close()]));
    return bff;
  };
  const [one, two] = [await replica(), await replica()];
  cleanUps.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const login = await one.app.request(`${base}/api/session`, {
    method: 'POST',
    headers: { 'x-kerf-request': '1', 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'alice@acme.test', password: 'kerf-demo-2026' }),
  });
  // Sessions are in the shared database: the cookie works on both.
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const create = async () => {
    const meta = Object.entries({ filename: 'plate.dxf', sha256: sha(file), batch: 'batch-replicas' })
      .map(([k, v]) => `${k} ${b64(v)}`)
      .join(',');
    const res = await one.app.request(`${base}/api/uploads`, {
      method: 'POST',
      headers: { ...tus, cookie, 'upload-metadata': meta, 'upload-length': String(file.length) },
    });
    expect(res.status).toBe(201);
    return res.headers.get('location')!;
  };
  const patch = (via: typeof one, location: string, offset: number, body: Buffer | ReadableStream) =>
    via.app.request(`${base}${location}`, {
      method: 'PATCH',
      headers: {
        ...tus,
        cookie,
        'upload-offset': String(offset),
        'content-type': 'application/offset+octet-stream',
      },
      body,
      duplex: 'half',
    } as RequestInit);
  const head = (via: typeof one, location: string) =>
    via.app.request(`${base}${location}`, { method: 'HEAD', headers: { ...tus, cookie } });
  return { one, two, dataDir, created, create, patch, head };
}

describe('two BFF replicas on one PostgreSQL database and one upload store', () => {
  it('lets one of two simultaneous PATCHes through different replicas win; the other gets 409', async () => {
    const { one, two, create, patch, head, created } = await twoReplicas();
    const location = await create();
    const [a, b] = await Promise.all([
      patch(one, location, 0, file.subarray(0, 1000)),
      patch(two, location, 0, file.subarray(0, 1000)),
    ]);
    expect([a.status, b.status].sort()).toEqual([204, 409]);
    expect((await head(two, location)).headers.get('upload-offset')).toBe('1000');
    expect((await patch(two, location, 1000, file.subarray(1000))).status).toBe(204);
    expect(created).toEqual([expect.objectContaining({ sha256: sha(file) })]);
  });

  it('stops a slow PATCH on one replica when another replica takes the upload; the file ends intact', async () => {
    const { one, two, dataDir, create, patch, head, created } = await twoReplicas();
    const location = await create();
    const id = location.split('/').pop()!;
    const half = Math.floor(file.length / 2);
    // A client that sends half the file through replica one, then stalls with the request open.
    let stalled!: ReadableStreamDefaultController<Uint8Array>;
    const slowBody = new ReadableStream<Uint8Array>({
      start(controller) {
        stalled = controller;
        controller.enqueue(new Uint8Array(file.subarray(0, half)));
      },
    });
    const slow = patch(one, location, 0, slowBody);
    const written = () => statSync(join(dataDir, 'uploads', id), { throwIfNoEntry: false })?.size ?? 0;
    for (let i = 0; i < 200 && written() < half; i += 1) await sleep(10);
    expect(written()).toBe(half);

    // The client gives up on it and resumes through replica two from where it started: replica two
    // waits for the lock, asks replica one to let go, then finds the offset moved on.
    const retry = await patch(two, location, 0, file);
    expect(retry.status).toBe(409);
    // Replica one stopped reading when asked to let go; it answers with the bytes it kept.
    const stopped = await slow;
    expect(stopped.headers.get('upload-offset')).toBe(String(half));
    stalled.close();
    expect(written()).toBe(half);

    const offset = Number((await head(two, location)).headers.get('upload-offset'));
    expect(offset).toBe(half);
    expect((await patch(two, location, offset, file.subarray(offset))).status).toBe(204);
    expect(sha(readFileSync(join(dataDir, 'uploads', id)))).toBe(sha(file));
    expect(created).toEqual([expect.objectContaining({ sha256: sha(file) })]);
  });
});
