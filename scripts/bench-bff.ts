// `pnpm --silent bench:bff`: the real stack on loopback, loaded with autocannon (a separate process
// from every server): batch progress polling and a forwarded service list. Prints one figure line.
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
  console.log(
    `bff-bench: poll_rps=${poll.rps} poll_p99_ms=${poll.p99} pollers_p99_ms=${pollers.p99} forward_rps=${forward.rps} forward_p99_ms=${forward.p99} errors=${poll.errors + pollers.errors + forward.errors}`,
  );
} finally {
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
