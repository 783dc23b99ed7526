import type { BffClient } from '../../effects/bff-client.ts';
import { createClock, type Clock } from '../../effects/clock.ts';
import { createCollector } from '../../effects/collector.ts';
import { createTimeoutPoll } from '../../effects/timeout-poll.ts';
import * as actions from './actions.ts';
import { createUploadsApi } from './api.ts';
import { createBatchMemory, createIdSource } from './batch-memory.ts';
import type { UploadsEffects } from './effects.ts';
import { createFileStore, createIndexedDbJournal } from './file-store.ts';
import { MAX_CONCURRENT_HASHES, PROGRESS_INTERVAL_MS } from './rows.ts';
import { browserHashWorker, createHasher, limited } from './sha256.ts';
import { createUploadsState } from './state.ts';
import { createTusTransfer } from './tus-transfer.ts';
import { createKeyedUrlStorage } from './url-storage.ts';

export type * from './effects.ts';
export type { UploadProgress } from './lifecycle.ts';
export type * from './state.ts';
export { MAX_UPLOAD_BYTES, isFinished } from './lifecycle.ts';
export { MAX_CONCURRENT_HASHES, MAX_CONCURRENT_UPLOADS } from './rows.ts';
export { createFileStore, createMemoryJournal, type FileJournal } from './file-store.ts';
export { createBatchMemory } from './batch-memory.ts';
export { createTusTransfer, type TusTransferOptions } from './tus-transfer.ts';

/** The effects that do I/O; the timing pieces are built on the clock. */
export type UploadsIo = Omit<UploadsEffects, 'progress' | 'poll' | 'clock'>;

/** The uploads effects from their I/O and a clock (tests pass fakes of both). */
export function createUploadsEffects(io: UploadsIo, clock: Clock = createClock()): UploadsEffects {
  return {
    ...io,
    // Hashing reads whole files into memory: at most two at a time, whatever the hasher.
    hasher: { sha256: limited(MAX_CONCURRENT_HASHES, (blob: Blob) => io.hasher.sha256(blob)) },
    clock,
    progress: createCollector<number>(clock, PROGRESS_INTERVAL_MS),
    poll: createTimeoutPoll({ clock, intervalMs: 1000, idleMaxMs: 5000, errorMaxMs: 30000 }),
  };
}

function webStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Storage can be disabled by the browser's privacy settings.
  }
}

/** The browser's uploads effects: tus to `<baseUrl>/api/uploads`, a hash worker, IndexedDB, localStorage. */
export function browserUploadsIo(client: BffClient, baseUrl: string): UploadsIo {
  const storage = webStorage();
  return {
    api: createUploadsApi(client),
    transfer: createTusTransfer({
      endpoint: `${baseUrl.replace(/\/$/, '')}/api/uploads`,
      online: () => typeof navigator === 'undefined' || navigator.onLine !== false,
      ...(storage ? { urlStorage: createKeyedUrlStorage(storage) } : {}),
    }),
    hasher: createHasher(browserHashWorker),
    files: createFileStore(createIndexedDbJournal(typeof indexedDB === 'undefined' ? null : indexedDB)),
    batches: createBatchMemory(storage),
    ids: createIdSource(),
  };
}

/** The uploads namespace: dropped files as rows, resumable uploads, the batch progress poll. */
export function createUploadsNamespace(client: BffClient, baseUrl: string) {
  return {
    state: createUploadsState(),
    actions,
    effects: createUploadsEffects(browserUploadsIo(client, baseUrl)),
  };
}
