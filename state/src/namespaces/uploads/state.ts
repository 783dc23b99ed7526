import type { UploadProgress } from './lifecycle.ts';

/** What every upload row carries, whatever its phase. */
export interface UploadBase {
  /** The row's id (chosen by the browser; kept across a reload). */
  id: string;
  /** The drop the file came with. */
  batch: string;
  /** The file name as dropped, for display only. */
  name: string;
  /** Bytes; `null` until measured (reading a picked file's size costs the browser a disk access). */
  size: number | null;
  /** The server's upload id once the upload exists there; `null` before. */
  uploadId: string | null;
  /** Bumped by every retry, so that the answers of an abandoned attempt are ignored. */
  attempt: number;
}

/** The phase of a row: `percent` exists only where it means something. */
export type UploadPhase =
  | { status: 'queued' }
  | { status: 'hashing' }
  | { status: 'uploading'; percent: number }
  | { status: 'processing'; percent: number; partId: string | null }
  | { status: 'ready'; partId: string }
  | { status: 'failed'; code: string; message: string; retryable: boolean; partId: string | null };

/** One dropped file and where it stands. */
export type UploadRecord = UploadBase & UploadPhase;

/** Every status a row can have, in lifecycle order. */
export type UploadStatus = UploadPhase['status'];

/** One drop of files. */
export interface UploadBatch {
  id: string;
  /** The batch progress cursor: the `version` of the last answer (0 before any). */
  version: number;
  /** The batch's rows, in drop order. */
  ids: string[];
  /** How many of its rows are uploading or processing (the poll loop follows the batch while any is). */
  active: number;
}

/** Rebuilding the rows after a reload: not yet, under way, done, or failed. */
export type RestoreStatus = 'idle' | 'loading' | 'done' | 'failed';

/** The uploads namespace's state. */
export interface UploadsState {
  /** Rows by id. */
  byId: Record<string, UploadRecord>;
  /** Every row, in display order (oldest drop first). */
  ids: string[];
  /** Batches by id. */
  batches: Record<string, UploadBatch>;
  /** Batch ids, oldest first. */
  batchIds: string[];
  /** Row id by server upload id. */
  byUploadId: Record<string, string>;
  /** Selected rows. */
  selected: Record<string, boolean>;
  /** How many rows are selected (kept with `selected`, so the page never counts a thousand rows). */
  selectedCount: number;
  /** How many rows are in each status (kept with `byId`, for the summary). */
  tally: Record<UploadStatus, number>;
  /** Rows whose file size is still to be read and checked, in drop order. */
  measuring: string[];
  /**
   * Batch progress items of uploads whose id this page does not know yet: the poll can answer
   * before the browser has handled the upload's creation answer. Applied when the id arrives.
   */
  unmatched: Record<string, UploadProgress>;
  /** Rows waiting for an upload slot, first come first served. */
  queue: string[];
  /** Rows holding an upload slot (hashing or sending). */
  running: string[];
  /** Rebuilding the rows after a reload. */
  restore: { status: RestoreStatus; error: string | null };
}

/** No row in any status. */
export function emptyTally(): Record<UploadStatus, number> {
  return { queued: 0, hashing: 0, uploading: 0, processing: 0, ready: 0, failed: 0 };
}

/** A fresh, empty uploads state. */
export function createUploadsState(): UploadsState {
  return {
    byId: {},
    ids: [],
    batches: {},
    batchIds: [],
    byUploadId: {},
    selected: {},
    selectedCount: 0,
    tally: emptyTally(),
    measuring: [],
    unmatched: {},
    queue: [],
    running: [],
    restore: { status: 'idle', error: null },
  };
}
