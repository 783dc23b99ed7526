// `pnpm --silent bench:cluster`: the scaled-out mode on this machine (PostgreSQL, s3rver, two replicas
// of everything behind the round-robin proxies). Parts processed per second with one, then two parts
// replicas (one worker thread each, so that the replica count is what changes), and the BFF's progress
// poll through the front proxy (autocannon in a thread of its own). One summary line at the end.
// Files: the DXF corpus (`KERF_FIXTURES`, else ../shared/fixtures/dxf), else generated plates.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { demoPassword } from '../services/identity/src/seed/demo-accounts.ts';
import { plateDxf } from '../services/parts/src/testing/dxf-samples.ts';
import { freeClusterPorts, startCluster, type Cluster } from './lib/cluster.ts';
import { signIn, tusUpload } from './lib/tus-client.ts';

const cores = availableParallelism();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = process.env.KERF_FIXTURES ?? path.join(root, '../shared/fixtures/dxf');
const rounds = Number(process.env.KERF_BENCH_ROUNDS ?? 2);

/** The files of one run: the corpus `rounds` times, or 160 generated plates. */
function corpus(): { name: string; bytes: Buffer }[] {
  if (existsSync(fixtures)) {
    const names = readdirSync(fixtures).filter((n) => n.toLowerCase().endsWith('.dxf'));
    const files = names.map((name) => ({ name, bytes: readFileSync(path.join(fixtures, name)) }));
    return Array.from({ length: rounds }, () => files).flat();
  }
  return Array.from({ length: 160 }, (_, i) => ({
    name: `plate-${i}.dxf`,
    bytes: Buffer.from(
      plateDxf({
        width: 600,
        height: 400,
        holes: Array.from({ length: 400 }, (_, h) => ({
          x: 10 + (h % 40) * 14,
          y: 10 + Math.floor(h / 40) * 14,
          d: 8,
        })),
      }),
    ),
  }));
}

interface Row {
  status: string;
}

/**
 * Uploads every file into a new batch through the front proxy (8 at a time) and waits until each has
 * ended; returns parts per second, counted from the first upload to the last part that ended.
 */
async function processBatch(cluster: Cluster, cookie: string, batch: string): Promise<number> {
  const files = corpus();
  const started = Date.now();
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < files.length; i = next++) {
      await tusUpload({ ...files[i]!, name: `${i}-${files[i]!.name}`, batch }, cookie, cluster.url);
    }
  };
  await Promise.all(Array.from({ length: 8 }, lane));
  for (;;) {
    const page = (await (
      await fetch(`${cluster.url}/api/uploads/batches/${batch}?since=0`, { headers: { cookie } })
    ).json()) as { items: Row[] };
    const ended = page.items.filter((r) => r.status === 'ready' || r.status === 'failed').length;
    if (ended === files.length) return files.length / ((Date.now() - started) / 1000);
    if (Date.now() - started > 600_000) throw new Error(`${ended} of ${files.length} ended after 10 minutes`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The batch progress poll through the front proxy, 50 connections for 10 s, as the browser sends it
 * after its first answer: `since` its last version (nothing changed, the steady state of a poll).
 */
async function pollLoad(cluster: Cluster, cookie: string, batch: string) {
  const first = (await (
    await fetch(`${cluster.url}/api/uploads/batches/${batch}?since=0`, { headers: { cookie } })
  ).json()) as { version: number };
  const result = await autocannon({
    url: `${cluster.url}/api/uploads/batches/${batch}?since=${first.version}`,
    headers: { cookie },
    connections: 50,
    duration: 10,
    workers: 1,
  });
  return {
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'kerf-bench-cluster-'));
const cluster = await startCluster({
  dataDir,
  ports: await freeClusterPorts(),
  verbose: false,
  throwAway: true,
  env: { PARTS_WORKERS: '1' },
});
try {
  const cookie = await signIn(cluster.url, 'alice@acme.test', demoPassword);
  const files = corpus().length;
  // A warm-up batch, so that both replicas have loaded their code and connections.
  await processBatch(cluster, cookie, 'bench-warm-up');
  await cluster.kill('parts-2', 'SIGTERM');
  const one = await processBatch(cluster, cookie, 'bench-one-replica');
  console.log(`parts processed, 1 parts replica:  ${one.toFixed(1)} parts/s (${files} files)`);
  await cluster.restart('parts-2');
  const two = await processBatch(cluster, cookie, 'bench-two-replicas');
  console.log(`parts processed, 2 parts replicas: ${two.toFixed(1)} parts/s (${files} files)`);
  const poll = await pollLoad(cluster, cookie, 'bench-two-replicas');
  console.log(
    `progress poll via proxy: ${poll.rps} req/s  p99 ${poll.p99} ms  errors ${poll.errors} (50 conns, 10 s)`,
  );
  console.log(
    `bench:cluster parts_per_s_1_replica=${one.toFixed(1)} parts_per_s_2_replicas=${two.toFixed(1)} ` +
      `speedup=${(two / one).toFixed(2)} poll_rps=${poll.rps} poll_p99_ms=${poll.p99} poll_errors=${poll.errors} ` +
      `files=${files} workers_per_replica=1 bff_replicas=2 cores=${cores}`,
  );
} finally {
  await cluster.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
