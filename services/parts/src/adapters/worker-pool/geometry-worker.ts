// A worker thread running the geometry engine: one task at a time, posted by the worker pool.
import { createHash } from 'node:crypto';
import { parentPort, threadId } from 'node:worker_threads';
import { analyseDxf } from '@kerf/geometry';
import type { AnalyseRequest, WorkerMessage } from './worker-protocol.ts';

/** Progress is posted at most this often, so a large file does not flood the main thread. */
const progressIntervalMs = 50;

const port = parentPort;
if (!port) throw new Error('geometry-worker must run in a worker thread');

port.on('message', (request: AnalyseRequest) => {
  const post = (message: WorkerMessage) => port.postMessage(message);
  const bytes = new Uint8Array(request.bytes);
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== request.sha256) {
    post({ type: 'done', id: request.id, outcome: { kind: 'checksum-mismatch', actual } });
    return;
  }
  let postedAt = 0;
  const result = analyseDxf(bytes, {
    ...request.options,
    onProgress(fraction) {
      const now = performance.now();
      if (now - postedAt < progressIntervalMs) return;
      postedAt = now;
      post({ type: 'progress', id: request.id, fraction });
    },
  });
  post({ type: 'done', id: request.id, outcome: { kind: 'analysed', result, threadId } });
});

port.postMessage({ type: 'ready' } satisfies WorkerMessage);
