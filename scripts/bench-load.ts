// `pnpm --silent bench:load`: the real stack on loopback, loaded with autocannon (a separate process
// from every server): batch progress polling, a forwarded service list, and 20 parallel 10 MiB uploads
// while polling goes on. Prints one line per figure with its target, then one summary line.
//
// The pollers that run beside the uploads live in a thread of their own (lib/timed-polls.mjs) and the
// files are hashed before the clock starts: the upload client's own work on this event loop (hashing
// 200 MiB took ~280 ms in one block) would otherwise delay the reading of poll answers and be counted as
// the server's latency (measured: every poll over 250 ms was answered inside that block). Their p99 is
// taken over the polls sent while the uploads ran, not diluted by idle seconds.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startStack } from './lib/stack.ts';
// @ts-expect-error -- plain Node module without types (a worker thread file)
import { timedPolls } from './lib/timed-polls.mjs';

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
async function upload(
  cookie: string,
  bytes: Buffer,
  sha: string,
  batch: string,
  name: string,
): Promise<number> {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
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

const p99Of = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.ceil(0.99 * sorted.length) - 1]!;
};

/**
 * 20 parallel 10 MiB uploads while 50 pollers keep asking (500 req/s): the uploads' seconds, and the p99
 * of the polls sent while the uploads ran (and of those sent in the 2 s before, for comparison).
 */
async function parallelUploads(cookie: string, pollUrl: string) {
  const files = Array.from({ length: 20 }, () => randomBytes(10 * 1024 * 1024));
  // The browser announces the SHA-256 it computed before the upload starts; so does this client.
  const shas = files.map((bytes) => createHash('sha256').update(bytes).digest('hex'));
  const polls = timedPolls({ url: pollUrl, headers: { cookie }, connections: 50, rate: 500, seconds: 60 });
  await new Promise((resolve) => setTimeout(resolve, 2_000)); // pollers running before the uploads, as in the app
  const from = performance.timeOrigin + performance.now();
  const statuses = await Promise.all(
    files.map((bytes, i) => upload(cookie, bytes, shas[i]!, 'bench-uploads-01', `big-${i}.dxf`)),
  );
  const to = performance.timeOrigin + performance.now();
  polls.stop();
  const samples: [number, number, number][] = await polls.done;
  const during = samples.filter(([start]) => start >= from && start <= to);
  const before = samples.filter(([start]) => start < from);
  const seconds = (to - from) / 1000;
  return {
    seconds,
    failures: statuses.filter((s) => s !== 204).length,
    polls: during.length,
    pollErrors: samples.filter(([, , status]) => status !== 200).length,
    pollP99: p99Of(during.map(([, ms]) => ms)),
    pollMax: Math.max(0, ...during.map(([, ms]) => ms)),
    beforeP99: p99Of(before.map(([, ms]) => ms)),
  };
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
    `20 x 10 MiB uploads                ${uploads.seconds.toFixed(1)} s  failed ${uploads.failures}` +
      `  polls meanwhile ${uploads.polls} (500 req/s, 50 conns)  p99 ${Math.round(uploads.pollP99)} ms` +
      `  max ${Math.round(uploads.pollMax)} ms  (p99 ${Math.round(uploads.beforeP99)} ms in the 2 s before)`,
  );
  const figures: [string, string, string][] = [
    ['progress poll, 50 connections', `${poll.rps} req/s`, '>= 2,000 req/s'],
    ['progress poll p99, idle', `${poll.p99} ms`, '<= 100 ms'],
    ['200 pollers at 1 Hz, p99', `${pollers.p99} ms`, '<= 250 ms'],
    ['forwarded catalog list, 50 conns', `${forward.rps} req/s`, '>= 700 req/s'],
    ['forwarded catalog list p99', `${forward.p99} ms`, '<= 250 ms'],
    ['20 x 10 MiB uploads in parallel', `${uploads.seconds.toFixed(1)} s`, '<= 10 s'],
    ['upload failures (SHA-256 or HTTP)', `${uploads.failures}`, '0'],
    ['progress poll p99 during uploads', `${Math.round(uploads.pollP99)} ms`, '<= 250 ms'],
  ];
  console.log('');
  for (const [name, value, target] of figures)
    console.log(`${name.padEnd(36)} ${value.padStart(12)}   target ${target}`);
  console.log(
    `load-bench: poll_rps=${poll.rps} poll_p99_ms=${poll.p99} pollers_p99_ms=${pollers.p99} forward_rps=${forward.rps} forward_p99_ms=${forward.p99} uploads_20x10MiB_s=${uploads.seconds.toFixed(1)} upload_failures=${uploads.failures} poll_p99_during_uploads_ms=${Math.round(uploads.pollP99)} errors=${poll.errors + pollers.errors + forward.errors + uploads.pollErrors}`,
  );
} finally {
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
