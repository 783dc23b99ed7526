import type { components } from '@kerf/openapi/bff';

/** What the browser sees of one upload (the contract's `UploadProgress`). */
export type UploadProgress = components['schemas']['UploadProgress'];
/** The lifecycle of an upload. */
export type UploadStatus = components['schemas']['UploadStatus'];

/** An upload as the BFF tracks it: the progress row plus who owns it and what it should hash to. */
export interface UploadRecord extends UploadProgress {
  user_id: string;
  company_id: string;
  sha256: string;
  created_at: string;
}

/** A change to the processing state of an upload's part. */
export interface PartChange {
  status: 'queued' | 'processing' | 'ready' | 'failed';
  progress: number;
  error: { code: string; message: string } | null;
}

/**
 * Every upload of every user, so that one poll answers a whole batch and a restart forgets nothing.
 * Each change gets a new `version`, higher than every earlier one.
 */
export interface UploadRegistry {
  /** Records a new upload in `uploading`. */
  create(
    record: Omit<UploadRecord, 'version' | 'offset' | 'status' | 'progress' | 'part_id' | 'error'>,
  ): Promise<void>;
  get(uploadId: string): Promise<UploadRecord | null>;
  /** Raises the received byte count (never lowers it). */
  setOffset(uploadId: string, offset: number): Promise<void>;
  /** Moves to `verifying`, `processing` or `failed` (never back to an earlier step). */
  setStatus(uploadId: string, status: UploadStatus, error?: { code: string; message: string }): Promise<void>;
  /** Records the part created from the upload. */
  attachPart(uploadId: string, partId: string): Promise<void>;
  /** Applies a part event: status and progress only move forward. */
  applyPartChange(uploadId: string, change: PartChange): Promise<void>;
  /** The user's uploads of a batch changed after `since`, with the highest version. */
  changedSince(
    userId: string,
    batch: string,
    since: number,
  ): Promise<{ version: number; items: UploadProgress[] }>;
  /** True when the user has at least one upload in the batch. */
  hasBatch(userId: string, batch: string): Promise<boolean>;
  /** The user's batches with unfinished uploads, newest first. */
  batches(
    userId: string,
  ): Promise<{ batch: string; unfinished: number; total: number; created_at: string }[]>;
  /** Uploads whose bytes are verified and stored but whose part was not created yet (a crash in between). */
  awaitingPart(): Promise<UploadRecord[]>;
  /** Deletes an upload's row. */
  remove(uploadId: string): Promise<void>;
}
