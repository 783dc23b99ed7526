import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestTokens, testDatabaseLocation } from '@kerf/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fsBlobStore } from './adapters/fs-blob-store.ts';
import { openPartsDatabase } from './adapters/sqlite/open-parts-database.ts';
import type { Part, PartProgress } from './ports/records.ts';
import { bytesOf, perforatedPlateDxf, plateDxf } from './testing/dxf-samples.ts';

const serverFile = fileURLToPath(new URL('./server.ts', import.meta.url));
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A running `server.ts` process and the URL it listens on. */
interface Running {
  readonly child: ChildProcess;
  readonly url: string;
  readonly exited: Promise<number | null>;
}

let dir: string;
/** The parts database: the SQLite file the server would use, or a fresh PostgreSQL schema. */
let database: string;
const children: ChildProcess[] = [];
let identity: Server;
let token: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kerf-parts-server-'));
  database = testDatabaseLocation(join(dir, 'parts', 'parts.sqlite'));
  const tokens = await createTestTokens();
  const jwks = JSON.stringify(tokens.jwks);
  identity = createServer((request, response) => {
    response.writeHead(request.url === '/.well-known/jwks.json' ? 200 : 404, {
      'content-type': 'application/json',
    });
    response.end(jwks);
  });
  await new Promise<void>((listening) => identity.listen(0, '127.0.0.1', listening));
  token = await tokens.sign({
    sub: 'service:bff',
    company: '*',
    role: 'service',
    audience: 'parts',
    expiresIn: '10m',
  });
});
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  identity.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `node --import tsx src/server.ts` on a free port and waits for its `listening` log line. */
async function startServer(env: Record<string, string> = {}): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', serverFile], {
    env: {
      ...process.env,
      KERF_DATA_DIR: dir,
      PARTS_DATABASE_URL: database,
      // These tests watch the jobs table (the default queue on SQLite).
      PARTS_JOB_QUEUE: 'table',
      PARTS_PORT: '0',
      PARTS_WORKERS: '1',
      IDENTITY_URL: `http://127.0.0.1:${(identity.address() as AddressInfo).port}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /"event":"listening".*?"url":"([^"]+)"/.exec(buffered);
      if (match) resolve(match[1]!);
    });
    void exited.then((code) => reject(new Error(`server.ts exited with ${code}`)));
  });
  return { child, url, exited };
}

async function call(server: Running, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

/** Stores a file where the BFF would and creates its part over HTTP. */
async function create(server: Running, text: string, upload: string): Promise<Part> {
  const bytes = bytesOf(text);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await fsBlobStore(join(dir, 'blobs')).write({ key: upload, sha256 }, bytes);
  const response = await call(server, 'POST', '/parts', {
    upload_id: upload,
    blob_key: upload,
    sha256,
    original_name: `${upload}.dxf`,
    size_bytes: bytes.byteLength,
    company_id: 'acme',
    owner_id: 'alice',
  });
  expect(response.status).toBe(201);
  return (await response.json()) as Part;
}

async function progressOf(server: Running, id: string): Promise<PartProgress> {
  const response = await call(server, 'GET', `/parts/progress?ids=${id}`);
  return ((await response.json()) as { items: PartProgress[] }).items[0]!;
}

async function waitFor(server: Running, id: string, statuses: string[]): Promise<PartProgress> {
  for (let i = 0; i < 1_500; i += 1) {
    const row = await progressOf(server, id);
    if (statuses.includes(row.status)) return row;
    await pause(10);
  }
  throw new Error(`part ${id} never reached ${statuses.join(' or ')}`);
}

async function jobOf(id: string) {
  const db = await openPartsDatabase(database);
  try {
    return await db.selectFrom('jobs').selectAll().where('part_id', '=', id).executeTakeFirst();
  } finally {
    await db.destroy();
  }
}

describe('server.ts as a process', () => {
  it('processes parts, drains on SIGTERM (the job is released) and recovers after SIGKILL (the lease expires)', async () => {
    const first = await startServer({ PARTS_DRAIN_MS: '50' });
    expect((await fetch(`${first.url}/health`)).status).toBe(200);
    const small = await create(
      first,
      plateDxf({ width: 80, height: 40, holes: [{ x: 20, y: 20, d: 8 }] }),
      'u-small',
    );
    expect(await waitFor(first, small.id, ['ready', 'failed'])).toMatchObject({
      status: 'ready',
      progress: 1,
    });
    const part = (await (await call(first, 'GET', `/parts/${small.id}`)).json()) as Part;
    expect(part.geometry).toMatchObject({ size_mm: [80, 40], pierces: 2 });

    // SIGTERM mid-job with a short grace period: the job is given back, not failed, not finished twice.
    const big = await create(first, perforatedPlateDxf(12_000), 'u-big');
    await waitFor(first, big.id, ['processing']);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(await jobOf(big.id)).toMatchObject({ state: 'queued', attempts: 0, token: null });

    // Restarted: the released job is finished; then SIGKILL mid-job leaves a lease that expires.
    const second = await startServer({ PARTS_LEASE_MS: '500' });
    expect(await waitFor(second, big.id, ['ready', 'failed'])).toMatchObject({ status: 'ready' });
    expect(await jobOf(big.id)).toMatchObject({ state: 'done', attempts: 1 });
    const killed = await create(second, perforatedPlateDxf(10_000), 'u-killed');
    await waitFor(second, killed.id, ['processing']);
    second.child.kill('SIGKILL');
    await second.exited;
    expect(await jobOf(killed.id)).toMatchObject({ state: 'running', attempts: 1 });

    const third = await startServer({ PARTS_LEASE_MS: '500' });
    try {
      expect(await waitFor(third, killed.id, ['ready', 'failed'])).toMatchObject({ status: 'ready' });
      expect(await jobOf(killed.id)).toMatchObject({ state: 'done', attempts: 2 });
      const events = (await (await call(third, 'GET', '/events?limit=1000')).json()) as {
        items: { type: string; entity_id: string }[];
      };
      for (const id of [small.id, big.id, killed.id]) {
        expect(
          events.items.filter((event) => event.entity_id === id && event.type === 'part.ready'),
        ).toHaveLength(1);
      }
    } finally {
      third.child.kill('SIGTERM');
      expect(await third.exited).toBe(0);
    }
  });
});
