import type { Problem, Result } from '../../effects/problem.ts';
import { createFakeClock, type FakeClock } from '../../testing/fake-clock.ts';
import { memoryStorage } from '../../testing/fake-tus.ts';
import { createBatchMemory } from './batch-memory.ts';
import type {
  BatchProgress,
  BatchSummary,
  Hasher,
  TransferListener,
  TransferOutcome,
  TransferRequest,
  UploadTransfer,
  UploadsApi,
} from './effects.ts';
import { createFileStore, createMemoryJournal, type FileJournal } from './file-store.ts';
import type { UploadsIo } from './index.ts';
import type { UploadProgress } from './lifecycle.ts';

/** A failed result with a problem of this status. */
export function failure(status: number, code = `http-${status}`): Result<never> {
  const problem: Problem = { type: 'about:blank', title: code, status, code, errors: [] };
  return { ok: false, problem };
}

/**
 * The BFF's batch progress in memory: uploads with versions, reads since a version, and answers the
 * test can hold back to see that the poll loop waits for them.
 */
export function createFakeBatchServer() {
  const items = new Map<string, UploadProgress>();
  const reads: { batch: string; since: number }[] = [];
  let version = 0;
  let held: (() => void)[] | null = null;
  let failing = 0;
  const api: UploadsApi = {
    async readBatch(batch, since): Promise<Result<BatchProgress>> {
      reads.push({ batch, since });
      if (held) await new Promise<void>((resolve) => held?.push(resolve));
      if (failing > 0) {
        failing -= 1;
        return failure(503);
      }
      const changed = [...items.values()].filter((item) => item.batch === batch && item.version > since);
      return { ok: true, data: { batch, version, items: changed.map((item) => ({ ...item })) } };
    },
    async listBatches(): Promise<Result<BatchSummary[]>> {
      const batches = [...new Set([...items.values()].map((item) => item.batch))];
      return {
        ok: true,
        data: batches.map((batch) => {
          const all = [...items.values()].filter((item) => item.batch === batch);
          const unfinished = all.filter((item) => item.status !== 'ready' && item.status !== 'failed').length;
          return { batch, unfinished, total: all.length, created_at: '2026-01-01T00:00:00.000Z' };
        }),
      };
    },
  };
  return {
    api,
    items,
    reads,
    /** Creates or changes an upload; every change gets the next version. */
    upsert(uploadId: string, patch: Partial<UploadProgress> & { batch?: string }) {
      version += 1;
      const base: UploadProgress = items.get(uploadId) ?? {
        upload_id: uploadId,
        batch: patch.batch ?? 'batch',
        name: 'file.dxf',
        size: 100,
        offset: 0,
        status: 'uploading',
        progress: 0,
        part_id: null,
        error: null,
        version,
      };
      items.set(uploadId, { ...base, ...patch, version });
    },
    /** Answers wait until `release()`. */
    hold() {
      held = [];
    },
    release() {
      const waiting = held ?? [];
      held = null;
      for (const resolve of waiting) resolve();
    },
    /** The next `n` reads fail with 503. */
    failNext(n: number) {
      failing = n;
    },
  };
}

/** A transfer in flight, driven by the test. */
interface FakeSend {
  request: TransferRequest;
  listener: TransferListener;
  end(outcome: TransferOutcome): void;
}

/**
 * Transfers the test drives: each `send` waits until the test creates, advances, finishes or fails
 * it; concurrency is recorded. With a batch server, transfers also move its uploads like the BFF.
 */
export function createFakeTransfer(server?: ReturnType<typeof createFakeBatchServer>) {
  const running = new Map<string, FakeSend>();
  const sent: TransferRequest[] = [];
  const terminated: { key: string; uploadId: string | null }[] = [];
  let maxRunning = 0;
  let nextId = 0;
  const transfer: UploadTransfer = {
    send(request, listener) {
      sent.push(request);
      return new Promise<TransferOutcome>((resolve) => {
        running.set(request.key, { request, listener, end: resolve });
        maxRunning = Math.max(maxRunning, running.size);
      });
    },
    async pause(key) {
      running.get(key)?.end({ ok: false, aborted: true, code: 'cancelled', message: '', retryable: true });
      running.delete(key);
    },
    async terminate(key, uploadId) {
      terminated.push({ key, uploadId });
      await transfer.pause(key);
      if (uploadId) server?.items.delete(uploadId);
    },
  };
  const get = (key: string) => {
    const send = running.get(key);
    if (!send) throw new Error(`no transfer ${key} is running`);
    return send;
  };
  const created = new Map<string, string>();
  const create = (key: string, id?: string): string => {
    const send = get(key);
    const uploadId =
      id ?? send.request.uploadId ?? created.get(key) ?? `up${(nextId++).toString().padStart(6, '0')}`;
    created.set(key, uploadId);
    if (!server?.items.has(uploadId)) {
      server?.upsert(uploadId, {
        batch: send.request.batch,
        name: send.request.name,
        size: send.request.file.size,
      });
    }
    send.listener.onUploadId(uploadId);
    return uploadId;
  };
  return {
    transfer,
    sent,
    terminated,
    running: () => [...running.keys()],
    maxRunning: () => maxRunning,
    /** The server created the upload (resumed ones keep their id). */
    create,
    progress(key: string, sent: number) {
      const send = get(key);
      send.listener.onProgress(sent, send.request.file.size);
    },
    /** The last byte arrived and its SHA-256 matched: the BFF verifies, then processes. */
    finish(key: string, uploadId?: string) {
      const send = get(key);
      const id = uploadId ?? send.request.uploadId ?? created.get(key) ?? create(key);
      server?.upsert(id, { offset: send.request.file.size, status: 'verifying' });
      running.delete(key);
      send.end({ ok: true, uploadId: id });
    },
    fail(key: string, outcome: Omit<Extract<TransferOutcome, { ok: false }>, 'ok' | 'aborted'>) {
      const send = get(key);
      running.delete(key);
      send.end({ ok: false, aborted: false, ...outcome });
    },
  };
}

/** A hasher whose answers the test can hold back; records how many files it hashed at once. */
export function createFakeHasher() {
  let active = 0;
  let maxActive = 0;
  let held: (() => void)[] | null = null;
  const hashed: string[] = [];
  const hasher: Hasher = {
    async sha256(blob) {
      active += 1;
      maxActive = Math.max(maxActive, active);
      if (held) await new Promise<void>((resolve) => held?.push(resolve));
      active -= 1;
      hashed.push((blob as File).name);
      return 'ab'.repeat(32);
    },
  };
  return {
    hasher,
    hashed,
    maxActive: () => maxActive,
    hold() {
      held = [];
    },
    release() {
      const waiting = held ?? [];
      held = null;
      for (const resolve of waiting) resolve();
    },
  };
}

/** What survives a reload: the server, the durable file journal and web storage. */
export interface Durable {
  server: ReturnType<typeof createFakeBatchServer>;
  journal: FileJournal;
  storage: Storage;
}

/** A fresh durable world. */
export function createDurable(): Durable {
  return { server: createFakeBatchServer(), journal: createMemoryJournal(), storage: memoryStorage() };
}

/** The uploads I/O on fakes, for one page life over a durable world. */
export function fakeUploadsIo(durable: Durable = createDurable()) {
  const transfer = createFakeTransfer(durable.server);
  const hasher = createFakeHasher();
  let nextId = 0;
  const io: UploadsIo = {
    api: durable.server.api,
    transfer: transfer.transfer,
    hasher: hasher.hasher,
    files: createFileStore(durable.journal),
    batches: createBatchMemory(durable.storage),
    ids: {
      next: () => `id-${Math.random().toString(36).slice(2, 8)}-${(nextId++).toString().padStart(4, '0')}`,
    },
  };
  return { io, transfer, hasher, durable };
}

/** A DXF-named file of `size` bytes. */
export function dxf(name: string, size = 100): File {
  return new File([new Uint8Array(size)], name, { type: '' });
}

export type { FakeClock };
export { createFakeClock };
