/**
 * The hash worker: receives `{ id, blob }`, answers `{ id, sha256 }` or `{ id, error }`. Reading a
 * 50 MiB file and digesting it here keeps the page's main thread free.
 */
import { digestBlob, type HashAnswer } from './digest.ts';

interface WorkerScope {
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<{ id: number; blob: Blob }>) => void,
  ): void;
  postMessage(message: HashAnswer): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  const { id, blob } = event.data;
  digestBlob(blob).then(
    (sha256) => scope.postMessage({ id, sha256 }),
    (error: unknown) =>
      scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
