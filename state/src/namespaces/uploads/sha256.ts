import { digestBlob, type HashAnswer } from './digest.ts';
import type { Hasher } from './effects.ts';

/** At most `limit` calls of `work` at a time; the others wait their turn. */
export function limited<A, R>(limit: number, work: (arg: A) => Promise<R>): (arg: A) => Promise<R> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (arg) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await work(arg);
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
}

/** The part of a `Worker` the hasher uses. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
}

/** Hashes in a Web Worker (one for the page) when `createWorker` gives one, else with `digestBlob`. */
export function createHasher(createWorker: (() => WorkerLike | null) | null): Hasher {
  let worker: WorkerLike | null | undefined;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (hex: string) => void; reject: (error: Error) => void }>();
  const start = (): WorkerLike | null => {
    if (worker !== undefined) return worker;
    try {
      worker = createWorker?.() ?? null;
    } catch {
      worker = null;
    }
    worker?.addEventListener('message', (event: MessageEvent) => {
      const answer = event.data as HashAnswer;
      const entry = waiting.get(answer.id);
      waiting.delete(answer.id);
      if ('sha256' in answer) entry?.resolve(answer.sha256);
      else entry?.reject(new Error(answer.error));
    });
    worker?.addEventListener('error', () => {
      // A broken worker: the files waiting for it, and every later one, are hashed on the page.
      worker = null;
      for (const entry of waiting.values()) entry.reject(new Error('hash worker failed'));
      waiting.clear();
    });
    return worker;
  };
  const hash = async (blob: Blob): Promise<string> => {
    const current = start();
    if (!current) return digestBlob(blob);
    const id = nextId++;
    try {
      return await new Promise<string>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        current.postMessage({ id, blob });
      });
    } catch {
      return digestBlob(blob);
    }
  };
  return { sha256: hash };
}

/** The browser's hash worker (bundled by Vite from `sha256-worker.ts`), or null where workers are missing. */
export function browserHashWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./sha256-worker.ts', import.meta.url), { type: 'module', name: 'kerf-sha256' });
}
