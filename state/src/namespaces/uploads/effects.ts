import type { components } from '@kerf/openapi/bff';
import type { Clock } from '../../effects/clock.ts';
import type { Result } from '../../effects/problem.ts';
import type { TimeoutPoll } from '../../effects/timeout-poll.ts';
import type { Collector } from '../../effects/collector.ts';

/** A batch's changed uploads and the cursor for the next read. */
export type BatchProgress = components['schemas']['BatchProgress'];

/** A batch of the caller's with unfinished uploads. */
export interface BatchSummary {
  batch: string;
  unfinished: number;
  total: number;
  created_at: string;
}

/** The BFF's batch progress reads. */
export interface UploadsApi {
  /** The uploads of `batch` that changed after version `since` (0: all of them). */
  readBatch(batch: string, since: number): Promise<Result<BatchProgress>>;
  /** The caller's recent batches that still have unfinished uploads. */
  listBatches(): Promise<Result<BatchSummary[]>>;
}

/** What to send. */
export interface TransferRequest {
  /** The row id; it names the transfer and keys its resume data. */
  key: string;
  file: Blob;
  /** The file name sent as metadata. */
  name: string;
  batch: string;
  /** Hex SHA-256 of the whole file. */
  sha256: string;
  /** The server's upload id when the row has one (resume it rather than start over). */
  uploadId: string | null;
}

/** What a transfer reports while it runs. */
export interface TransferListener {
  /** Bytes the server acknowledged (or that left the browser) so far. */
  onProgress(sent: number, total: number): void;
  /** The upload exists on the server under this id. */
  onUploadId(uploadId: string): void;
}

/** How a transfer ended. */
export type TransferOutcome =
  | { ok: true; uploadId: string }
  | { ok: false; aborted: boolean; code: string; message: string; retryable: boolean };

/** Resumable file transfers to the BFF (tus). */
export interface UploadTransfer {
  /** Sends a file, resuming an earlier upload of the same row when there is one. Never rejects. */
  send(request: TransferRequest, listener: TransferListener): Promise<TransferOutcome>;
  /** Stops a running transfer; the server keeps what it has (the row can resume later). */
  pause(key: string): Promise<void>;
  /** Stops a transfer and deletes its upload on the server. */
  terminate(key: string, uploadId: string | null): Promise<void>;
}

/** SHA-256 of files, never blocking the page (a worker, or the browser's asynchronous digest). */
export interface Hasher {
  /** Lower-case hex SHA-256 of the whole blob. */
  sha256(blob: Blob): Promise<string>;
}

/** A file kept until it is uploaded, so that a reload can resume it. */
export interface FileEntry {
  /** The row id. */
  id: string;
  batch: string;
  file: File;
  sha256: string | null;
  uploadId: string | null;
}

/** The bytes of files not yet uploaded: in memory, and durably (IndexedDB) to survive a reload. */
export interface FileStore {
  /** Holds files in memory only (until they are measured and kept). */
  hold(entries: FileEntry[]): void;
  /** Keeps files (memory at once, durably in the background). */
  keep(entries: FileEntry[]): Promise<void>;
  /** A kept file, from memory. */
  get(id: string): FileEntry | null;
  /** Records what became known about a file. */
  update(id: string, patch: Partial<Pick<FileEntry, 'sha256' | 'uploadId'>>): Promise<void>;
  /** The files kept durably for a batch (after a reload), now also in memory. */
  load(batch: string): Promise<FileEntry[]>;
  /** Forgets files (uploaded, cancelled or removed). */
  drop(ids: string[]): Promise<void>;
}

/** The batch ids this browser follows, and the uploads removed from them (kept across reloads). */
export interface BatchMemory {
  /** The followed batch ids, oldest first. */
  list(): string[];
  remember(batch: string): void;
  /** Stops following a batch (and forgets its removed uploads). */
  forget(batch: string): void;
  /** Upload ids removed from a batch: a rebuilt page leaves them out. */
  removed(batch: string): string[];
  /** Records uploads removed from a batch. */
  remove(batch: string, uploadIds: string[]): void;
}

/** New ids for rows and batches. */
export interface IdSource {
  /** A new id matching `^[A-Za-z0-9_-]{8,64}$`. */
  next(): string;
}

/** The uploads namespace's effects. */
export interface UploadsEffects {
  api: UploadsApi;
  transfer: UploadTransfer;
  hasher: Hasher;
  files: FileStore;
  batches: BatchMemory;
  ids: IdSource;
  clock: Clock;
  /** Collects progress and hands it over at most every 250 ms, all rows at once. */
  progress: Collector<number>;
  /** The batch progress poll loop. */
  poll: TimeoutPoll;
}
