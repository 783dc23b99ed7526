// A poll load in a thread of its own, so that whatever the benchmark's main thread does (sending
// 200 MiB of uploads) never delays the reading of an answer. `connections` loops each send one GET,
// wait for the whole answer, then wait for their next slot (`rate` requests/s over all loops). Every
// request is kept as [absolute start ms, latency ms, status], so the caller can pick a time window.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { Agent, get } from 'node:http';

const now = () => performance.timeOrigin + performance.now();

/**
 * Runs the polls in a worker thread; resolves to every request's [start ms, latency ms, status].
 * @param {{ url: string; headers: Record<string, string>; connections: number; rate: number; seconds: number }} options
 * @returns {{ stop(): void; done: Promise<[number, number, number][]> }}
 */
export function timedPolls(options) {
  const worker = new Worker(new URL(import.meta.url), { workerData: options });
  const done = new Promise((resolve, reject) => {
    worker.once('message', (samples) => {
      resolve(samples);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
  return { stop: () => worker.postMessage('stop'), done };
}

async function run({ url, headers, connections, rate, seconds }) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const request = () =>
    new Promise((resolve) => {
      get(url, { headers, agent }, (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve(res.statusCode ?? 0));
      }).on('error', () => resolve(0));
    });
  const samples = [];
  const until = now() + seconds * 1000;
  let stopped = false;
  parentPort.on('message', () => (stopped = true));
  const interval = (1000 * connections) / rate;
  const loop = async (k) => {
    let next = now() + (interval * k) / connections; // spread the loops over one interval
    while (!stopped && now() < until) {
      await new Promise((r) => setTimeout(r, Math.max(0, next - now())));
      const start = now();
      const status = await request();
      samples.push([start, now() - start, status]);
      next = Math.max(next + interval, now());
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, k) => loop(k)));
  agent.destroy();
  parentPort.postMessage(samples);
}

if (!isMainThread) await run(workerData);
