// `pnpm --silent bench:load`: the real stack on loopback, loaded with autocannon (a separate process
// from every server): batch progress polling, a forwarded service list, and 20 parallel 10 MiB uploads
// while polling goes on. Prints one figure line.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startStack } from './lib/stack.ts';

const port = Number(process.env.KERF_BENCH_PORT ?? 8390);
const dataDir = mkdtempSync(path.join(tmpdir(), 'kerf-bench-'));
const stack = await startStack({ port, servicePortBase: port + 1, dataDir, verbose: false });
const origin = `http://127.0.0.1:${port}`;

async function signIn(): Promise<string> {
  const res = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kerf-request': '1' },
    body: JSON.stringify({ email: 'alice@acme.test', password: 'kerf-demo-2026' }),
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/** Starts `count` uploads in one batch (no bytes), so that polls answer real rows. */
async function fillBatch(cookie: string, batch: string, count: number): Promise<void> {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  for (let i = 0; i < count; i += 1) {
    const metadata = `filename ${b64(`part-${i}.dxf`)},sha256 ${b64('0'.repeat(64))},batch ${b64(batch)}`;
    await fetch(`${origin}/api/uploads`, {
      method: 'POST',
      headers: {
        cookie,
        'x-kerf-request': '1',
        'tus-resumable': '1.0.0',
        'upload-length': '1000',
        'upload-metadata': metadata,
      },
    });
  }
}

async function load(
  name: string,
  url: string,
  cookie: string,
  options: { connections: number; overallRate?: number; duration: number },
) {
  const result = await autocannon({ url, headers: { cookie }, ...options });
  const figures = {
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
  console.log(
    `${name.padEnd(34)} ${String(figures.rps).padStart(6)} req/s  p99 ${figures.p99} ms  errors ${figures.errors}`,
  );
  return figures;
}

/** Uploads one file with tus in 2 MiB PATCHes; resolves to the final HTTP status. */
async function upload(cookie: string, bytes: Buffer, batch: string, name: string): Promise<number> {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const sha = createHash('sha256').update(bytes).digest('hex');
  const created = await fetch(`${origin}/api/uploads`, {
    method: 'POST',
    headers: {
      cookie,
      'x-kerf-request': '1',
      'tus-resumable': '1.0.0',
      'upload-length': String(bytes.length),
      'upload-metadata': `filename ${b64(name)},sha256 ${b64(sha)},batch ${b64(batch)}`,
    },
  });
  const location = created.headers.get('location');
  if (!location) return created.status;
  let status = 0;
  for (let offset = 0; offset < bytes.length; offset += 2 * 1024 * 1024) {
    const chunk = bytes.subarray(offset, offset + 2 * 1024 * 1024);
    const res = await fetch(`${origin}${location}`, {
      method: 'PATCH',
      headers: {
        cookie,
        'x-kerf-request': '1',
        'tus-resumable': '1.0.0',
        'upload-offset': String(offset),
        'content-type': 'application/offset+octet-stream',
      },
      body: new Uint8Array(chunk),
    });
    status = res.status;
    if (status !== 204) return status;
  }
  return status;
}

/** 20 parallel 10 MiB uploads while 50 pollers keep asking; the uploads' seconds and the polls' p99. */
async function parallelUploads(cookie: string, pollUrl: string) {
  const files = Array.from({ length: 20 }, () => randomBytes(10 * 1024 * 1024));
  const polling = autocannon({
    url: pollUrl,
    headers: { cookie },
    connections: 50,
    overallRate: 500,
    duration: 15,
  });
  const started = performance.now();
  const statuses = await Promise.all(
    files.map((bytes, i) => upload(cookie, bytes, 'bench-uploads-01', `big-${i}.dxf`)),
  );
  const seconds = (performance.now() - started) / 1000;
  const poll = await polling;
  const mismatches = statuses.filter((s) => s !== 204).length;
  console.log(
    `20 x 10 MiB uploads                ${seconds.toFixed(1)} s  failed ${mismatches}  polls p99 ${poll.latency.p99} ms`,
  );
  return { seconds, mismatches, pollP99: poll.latency.p99 };
}

try {
  const cookie = await signIn();
  const batch = 'bench-batch-0001';
  await fillBatch(cookie, batch, 20);
  const duration = Number(process.env.KERF_BENCH_SECONDS ?? 10);
  await load('warm-up', `${origin}/api/uploads/batches/${batch}?since=0`, cookie, {
    connections: 10,
    duration: 2,
  });
  const poll = await load(
    'progress poll, 50 connections',
    `${origin}/api/uploads/batches/${batch}?since=0`,
    cookie,
    {
      connections: 50,
      duration,
    },
  );
  const pollers = await load(
    '200 pollers at 1 Hz',
    `${origin}/api/uploads/batches/${batch}?since=0`,
    cookie,
    {
      connections: 200,
      overallRate: 200,
      duration,
    },
  );
  const forward = await load(
    'forwarded catalog list, 50 conns',
    `${origin}/api/catalog/materials?limit=20`,
    cookie,
    {
      connections: 50,
      duration,
    },
  );
  const uploads = await parallelUploads(cookie, `${origin}/api/uploads/batches/${batch}?since=0`);
  console.log(
    `load-bench: poll_rps=${poll.rps} poll_p99_ms=${poll.p99} pollers_p99_ms=${pollers.p99} forward_rps=${forward.rps} forward_p99_ms=${forward.p99} uploads_20x10MiB_s=${uploads.seconds.toFixed(1)} upload_failures=${uploads.mismatches} poll_p99_during_uploads_ms=${uploads.pollP99} errors=${poll.errors + pollers.errors + forward.errors}`,
  );
} finally {
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
