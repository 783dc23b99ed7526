import { describe, expect, it } from 'vitest';
import { digestBlob } from './digest.ts';
import { createHasher, limited, type WorkerLike } from './sha256.ts';

const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

/** A worker in-process, answering like `sha256-worker.ts` does. */
function inProcessWorker(broken = false): WorkerLike & { posted: number } {
  const listeners: { message: ((event: MessageEvent) => void)[]; error: ((event: Event) => void)[] } = {
    message: [],
    error: [],
  };
  const worker = {
    posted: 0,
    postMessage(message: unknown) {
      worker.posted += 1;
      const { id, blob } = message as { id: number; blob: Blob };
      if (broken) return void queueMicrotask(() => listeners.error.forEach((l) => l(new Event('error'))));
      void digestBlob(blob).then((sha256) =>
        listeners.message.forEach((l) => l(new MessageEvent('message', { data: { id, sha256 } }))),
      );
    },
    addEventListener(type: 'message' | 'error', listener: (event: never) => void) {
      (listeners[type] as ((event: never) => void)[]).push(listener);
    },
  };
  return worker;
}

describe('SHA-256', () => {
  it('hashes a blob with the platform digest', async () => {
    expect(await digestBlob(new Blob(['abc']))).toBe(ABC);
  });

  it('hashes in the worker when there is one, on the page when not', async () => {
    const worker = inProcessWorker();
    expect(await createHasher(() => worker).sha256(new Blob(['abc']))).toBe(ABC);
    expect(worker.posted).toBe(1);
    expect(await createHasher(null).sha256(new Blob(['abc']))).toBe(ABC);
  });

  it('falls back to the page when the worker breaks', async () => {
    const hasher = createHasher(() => inProcessWorker(true));
    expect(await hasher.sha256(new Blob(['abc']))).toBe(ABC);
    expect(await hasher.sha256(new Blob(['abc']))).toBe(ABC);
  });

  it('limits how many calls run at once', async () => {
    let active = 0;
    let most = 0;
    const work = limited(2, async (n: number) => {
      active += 1;
      most = Math.max(most, active);
      await new Promise((resolve) => setTimeout(resolve, 1));
      active -= 1;
      return n * 2;
    });
    expect(await Promise.all([1, 2, 3, 4, 5].map(work))).toEqual([2, 4, 6, 8, 10]);
    expect(most).toBe(2);
  });
});
