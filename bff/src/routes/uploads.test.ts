import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bffWithIdentity } from '../testing/bff-with-identity.ts';

const base = 'http://localhost';
const tus = { 'tus-resumable': '1.0.0', 'x-kerf-request': '1' };
const b64 = (s: string) => Buffer.from(s).toString('base64');
const dxf = Buffer.from(
  '0\nSECTION\n2\nENTITIES\n0\nLINE\n8\n0\n10\n0\n20\n0\n11\n10\n21\n0\n0\nENDSEC\n0\nEOF\n',
);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const metadata = (over: Record<string, string> = {}) =>
  Object.entries({ filename: 'bracket.dxf', sha256: sha(dxf), batch: 'batch-0001', ...over })
    .map(([k, v]) => `${k} ${b64(v)}`)
    .join(',');

let close: () => Promise<unknown> = async () => {};
afterEach(() => close());

async function setup(options: Parameters<typeof bffWithIdentity>[0] = {}) {
  const bff = await bffWithIdentity(options);
  close = bff.close;
  const cookieAs = async (email: string) => {
    const res = await bff.app.request(`${base}/api/session`, {
      method: 'POST',
      headers: { 'x-kerf-request': '1', 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'kerf-demo-2026' }),
    });
    return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const alice = await cookieAs('alice@acme.test');
  const create = (
    cookie: string,
    length: number | null,
    meta = metadata(),
    extra: Record<string, string> = {},
  ) =>
    bff.app.request(`${base}/api/uploads`, {
      method: 'POST',
      headers: {
        ...tus,
        cookie,
        'upload-metadata': meta,
        ...(length === null ? { 'upload-defer-length': '1' } : { 'upload-length': String(length) }),
        ...extra,
      },
    });
  const patch = (
    cookie: string,
    location: string,
    offset: number | string,
    body: Buffer,
    extra: Record<string, string> = {},
  ) =>
    bff.app.request(`${base}${location}`, {
      method: 'PATCH',
      headers: {
        ...tus,
        cookie,
        'upload-offset': String(offset),
        'content-type': 'application/offset+octet-stream',
        ...extra,
      },
      body,
    });
  const head = (cookie: string, location: string) =>
    bff.app.request(`${base}${location}`, { method: 'HEAD', headers: { ...tus, cookie } });
  return { ...bff, cookieAs, alice, create, patch, head };
}

describe('tus uploads', () => {
  it('creates an upload under a server id, takes bytes in chunks and reports the offset', async () => {
    const { alice, create, patch, head, registry } = await setup();
    const created = await create(alice, dxf.length + 10);
    expect(created.status).toBe(201);
    const location = created.headers.get('location')!;
    expect(location).toMatch(/^\/api\/uploads\/[0-9a-f]{32}$/);
    const first = await patch(alice, location, 0, dxf.subarray(0, 20));
    expect(first.status).toBe(204);
    expect(first.headers.get('upload-offset')).toBe('20');
    const probe = await head(alice, location);
    expect(probe.headers.get('upload-offset')).toBe('20');
    const row = await registry.get(location.split('/').pop()!);
    expect(row).toMatchObject({ name: 'bracket.dxf', status: 'uploading', batch: 'batch-0001' });
  });

  it('answers 401 without a session and 404 to another user, for HEAD, PATCH and DELETE', async () => {
    const { app, alice, cookieAs, create, patch, head } = await setup();
    expect((await create('', dxf.length)).status).toBe(401);
    const location = (await create(alice, dxf.length)).headers.get('location')!;
    const bob = await cookieAs('bob@nordic.test');
    expect((await head(bob, location)).status).toBe(404);
    expect((await patch(bob, location, 0, dxf)).status).toBe(404);
    const del = await app.request(`${base}${location}`, {
      method: 'DELETE',
      headers: { ...tus, cookie: bob },
    });
    expect(del.status).toBe(404);
    expect((await head(alice, location)).status).toBe(200);
  });

  it('refuses sizes over the maximum (413), bad lengths (400) and accepts exactly the maximum', async () => {
    const { alice, create } = await setup({ maxBytes: 1000 });
    expect((await create(alice, 1000)).status).toBe(201);
    expect((await create(alice, 1001)).status).toBe(413);
    // An empty file is complete at once and verified against its announced SHA-256.
    expect((await create(alice, 0)).status).toBe(460);
    for (const bad of ['-1', 'abc']) {
      const res = await create(alice, null, metadata(), { 'upload-length': bad });
      expect(res.status, bad).toBe(400);
    }
  });

  it('refuses a deferred length that grows over the maximum (413)', async () => {
    const { alice, create, patch } = await setup({ maxBytes: 30 });
    const location = (await create(alice, null)).headers.get('location')!;
    const res = await patch(alice, location, 0, Buffer.alloc(40, 65), { 'upload-length': '40' });
    expect(res.status).toBe(413);
  });

  it('answers 409 to a stale or future offset, 400 to a non-numeric one, 412 without Tus-Resumable', async () => {
    const { alice, create, patch, app } = await setup();
    const location = (await create(alice, dxf.length)).headers.get('location')!;
    expect((await patch(alice, location, 0, dxf.subarray(0, 10))).status).toBe(204);
    expect((await patch(alice, location, 0, dxf.subarray(0, 10))).status).toBe(409);
    expect((await patch(alice, location, 50, dxf.subarray(0, 10))).status).toBe(409);
    expect((await patch(alice, location, 'ten', dxf.subarray(0, 10))).status).toBe(400);
    const noVersion = await app.request(`${base}${location}`, {
      method: 'PATCH',
      headers: {
        cookie: alice,
        'x-kerf-request': '1',
        'upload-offset': '10',
        'content-type': 'application/offset+octet-stream',
      },
      body: dxf.subarray(10),
    });
    expect(noVersion.status).toBe(412);
    const wrongType = await patch(alice, location, 10, dxf.subarray(10), {
      'content-type': 'application/json',
    });
    expect(wrongType.status).toBeGreaterThanOrEqual(400);
    expect(wrongType.status).toBeLessThan(500);
  });

  it('lets one of two simultaneous PATCHes at the same offset win; the other gets 409; no corruption', async () => {
    const { alice, create, patch, head } = await setup();
    const location = (await create(alice, dxf.length)).headers.get('location')!;
    const [a, b] = await Promise.all([
      patch(alice, location, 0, dxf.subarray(0, 20)),
      patch(alice, location, 0, dxf.subarray(0, 20)),
    ]);
    expect([a.status, b.status].sort()).toEqual([204, 409]);
    expect((await head(alice, location)).headers.get('upload-offset')).toBe('20');
    expect((await patch(alice, location, 20, dxf.subarray(20, 30))).status).toBe(204);
  });

  it('makes two independent uploads of the same file sent twice in parallel', async () => {
    const { alice, create, registry } = await setup();
    const [one, two] = await Promise.all([create(alice, dxf.length), create(alice, dxf.length)]);
    const ids = [one, two].map((r) => r.headers.get('location')!.split('/').pop()!);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect((await registry.get(id))?.status).toBe('uploading');
  });

  it.each([
    ['../../etc/passwd.dxf', '../../etc/passwd.dxf'],
    ['%2e%2e%2fsecret.dxf', '%2e%2e%2fsecret.dxf'],
    ['evil\u0000.dxf', 'evil.dxf'],
    ['photo\u202egpj.dxf', 'photogpj.dxf'],
    ['CON.dxf', 'CON.dxf'],
    ['a'.repeat(300) + '.dxf', 'a'.repeat(250) + '….dxf'],
  ])('stores %j under the server id and shows a cleaned name', async (name, shown) => {
    const { alice, create, registry, dataDir } = await setup();
    const res = await create(alice, dxf.length, metadata({ filename: name }));
    if (!/\.dxf$/i.test(shown)) {
      expect(res.status).toBe(400);
      return;
    }
    expect(res.status).toBe(201);
    const id = res.headers.get('location')!.split('/').pop()!;
    expect((await registry.get(id))?.name).toBe(shown);
    expect(
      readdirSync(join(dataDir, 'uploads')).every((f) => f.startsWith(id) || /^[0-9a-f]{32}/.test(f)),
    ).toBe(true);
  });

  it('refuses names that are not .dxf, and bad sha256 or batch metadata, naming the field', async () => {
    const { alice, create } = await setup();
    for (const [meta, field] of [
      [metadata({ filename: 'drawing.dwg' }), 'metadata.filename'],
      [metadata({ filename: 'drawing.dxf.exe' }), 'metadata.filename'],
      [metadata({ sha256: 'abc' }), 'metadata.sha256'],
      [metadata({ batch: 'x' }), 'metadata.batch'],
    ] as const) {
      const res = await create(alice, dxf.length, meta);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe(field);
    }
  });

  it('answers 404 for an unknown id and for encoded traversal in the upload URL', async () => {
    const { alice, head } = await setup();
    for (const path of [
      '/api/uploads/0123456789abcdef0123456789abcdef',
      '/api/uploads/..%2F..%2Fetc%2Fpasswd',
      '/api/uploads/%2e%2e',
    ]) {
      expect((await head(alice, path)).status, path).toBe(404);
    }
  });

  it('fails the upload when one flipped byte breaks the SHA-256, and keeps no blob', async () => {
    const { alice, create, patch, registry, dataDir } = await setup();
    const location = (await create(alice, dxf.length)).headers.get('location')!;
    const damaged = Buffer.from(dxf);
    damaged[5] = damaged[5]! ^ 1;
    const res = await patch(alice, location, 0, damaged);
    expect(res.status).toBe(460);
    const row = await registry.get(location.split('/').pop()!);
    expect(row).toMatchObject({ status: 'failed', error: { code: 'checksum-mismatch' } });
    expect(existsSync(join(dataDir, 'blobs'))).toBe(false);
  });

  it('answers batch progress with only the caller’s rows changed since a version', async () => {
    const { app, alice, cookieAs, create, patch } = await setup();
    const bob = await cookieAs('bob@nordic.test');
    const a = (await create(alice, dxf.length)).headers.get('location')!;
    await create(bob, dxf.length);
    const first = (await (
      await app.request(`${base}/api/uploads/batches/batch-0001?since=0`, { headers: { cookie: alice } })
    ).json()) as {
      version: number;
      items: { upload_id: string }[];
    };
    expect(first.items).toHaveLength(1);
    const quiet = (await (
      await app.request(`${base}/api/uploads/batches/batch-0001?since=${first.version}`, {
        headers: { cookie: alice },
      })
    ).json()) as {
      items: unknown[];
    };
    expect(quiet.items).toEqual([]);
    await patch(alice, a, 0, dxf.subarray(0, 10));
    const bad = await app.request(`${base}/api/uploads/batches/x?since=-1`, { headers: { cookie: alice } });
    expect(bad.status).toBe(400);
    expect((await app.request(`${base}/api/uploads/batches/batch-0001`)).status).toBe(401);
  });
});
