// Faults across real processes (RELIABILITY 4, 17, 18): the whole stack on loopback, crashed on purpose.
import { createHash } from 'node:crypto';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plateDxf } from '../services/parts/src/testing/dxf-samples.ts';
import { startStack, type Stack } from './lib/stack.ts';

const port = 8490;
const origin = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(path.join(tmpdir(), 'kerf-faults-'));
let stack: Stack;
let cookie = '';

beforeAll(async () => {
  // A short lease, so that jobs of a killed worker are taken up again within seconds.
  process.env.PARTS_LEASE_MS = '3000';
  stack = await startStack({ port, servicePortBase: port + 1, dataDir, verbose: false });
  const res = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kerf-request': '1' },
    body: JSON.stringify({ email: 'alice@acme.test', password: 'kerf-demo-2026' }),
  });
  cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}, 120_000);
afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const tus = () => ({ cookie, 'x-kerf-request': '1', 'tus-resumable': '1.0.0' });
const b64 = (s: string) => Buffer.from(s).toString('base64');

function plate(holes: number): Buffer {
  const list = Array.from({ length: holes }, (_, i) => ({
    x: 10 + (i % 40) * 12,
    y: 10 + Math.floor(i / 40) * 12,
    d: 6,
  }));
  return Buffer.from(plateDxf({ width: 500, height: 20 + Math.ceil(holes / 40) * 12, holes: list }));
}

async function create(bytes: Buffer, name: string, batch: string): Promise<string> {
  const sha = createHash('sha256').update(bytes).digest('hex');
  const res = await fetch(`${origin}/api/uploads`, {
    method: 'POST',
    headers: {
      ...tus(),
      'upload-length': String(bytes.length),
      'upload-metadata': `filename ${b64(name)},sha256 ${b64(sha)},batch ${b64(batch)}`,
    },
  });
  expect(res.status).toBe(201);
  return res.headers.get('location')!;
}

const patch = (location: string, offset: number, chunk: Buffer) =>
  fetch(`${origin}${location}`, {
    method: 'PATCH',
    headers: { ...tus(), 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
    body: new Uint8Array(chunk),
  });

async function settle(batch: string, count: number): Promise<{ status: string; error: unknown }[]> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const page = (await (
      await fetch(`${origin}/api/uploads/batches/${batch}?since=0`, { headers: { cookie } })
    ).json()) as {
      items: { status: string; error: unknown }[];
    };
    const done = page.items.filter((i) => i.status === 'ready' || i.status === 'failed');
    if (done.length === count || Date.now() > deadline) return page.items;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('the stack under crashes', () => {
  it('resumes an upload after the BFF is killed mid-upload, and the SHA-256 still matches', async () => {
    const bytes = plate(400);
    const location = await create(bytes, 'resumed.dxf', 'faults-bff-01');
    const half = Math.floor(bytes.length / 2);
    expect((await patch(location, 0, bytes.subarray(0, half))).status).toBe(204);
    await stack.kill('bff');
    await stack.restart('bff');
    const head = await fetch(`${origin}${location}`, { method: 'HEAD', headers: tus() });
    expect(head.status).toBe(200);
    const offset = Number(head.headers.get('upload-offset'));
    expect(offset).toBe(half);
    expect((await patch(location, offset, bytes.subarray(offset))).status).toBe(204);
    const [row] = await settle('faults-bff-01', 1);
    expect(row).toMatchObject({ status: 'ready', error: null });
  }, 90_000);

  it('keeps the bytes of a PATCH whose connection is reset, and the upload resumes from there', async () => {
    const bytes = plate(1500);
    const location = await create(bytes, 'reset.dxf', 'faults-reset-01');
    const sent = Math.floor(bytes.length * 0.6);
    await new Promise<void>((resolve) => {
      const request = http.request(`${origin}${location}`, {
        method: 'PATCH',
        headers: {
          ...tus(),
          'upload-offset': '0',
          'content-type': 'application/offset+octet-stream',
          'content-length': String(bytes.length),
        },
      });
      request.on('error', () => resolve());
      request.write(bytes.subarray(0, sent), () => setTimeout(() => request.destroy(), 300));
    });
    let offset = 0;
    for (let i = 0; i < 50 && offset === 0; i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      offset = Number(
        (await fetch(`${origin}${location}`, { method: 'HEAD', headers: tus() })).headers.get(
          'upload-offset',
        ),
      );
    }
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThanOrEqual(sent);
    expect((await patch(location, offset, bytes.subarray(offset))).status).toBe(204);
    const [row] = await settle('faults-reset-01', 1);
    expect(row).toMatchObject({ status: 'ready', error: null });
  }, 60_000);

  it('finishes every part after the parts service is killed mid-processing: none stuck, none lost', async () => {
    const files = Array.from({ length: 12 }, (_, i) => plate(200 + i * 40));
    for (const [i, bytes] of files.entries()) {
      const location = await create(bytes, `p${i}.dxf`, 'faults-parts-01');
      expect((await patch(location, 0, bytes)).status).toBe(204);
      if (i === 5) await stack.kill('parts');
    }
    await stack.restart('parts');
    const rows = await settle('faults-parts-01', files.length);
    expect(rows).toHaveLength(files.length);
    expect(rows.map((r) => r.status)).toEqual(files.map(() => 'ready'));
  }, 120_000);
});
