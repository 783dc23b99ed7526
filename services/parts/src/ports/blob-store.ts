import type { Result } from '@kerf/service-kit';

/** Names one stored file: its server-side key and its SHA-256 (hex). */
export interface BlobRef {
  readonly key: string;
  readonly sha256: string;
}

/** Why a blob could not be read: it is not there, or the storage failed (worth a retry). */
export type BlobReadFailure = 'missing' | 'unavailable';

/** Where uploaded files live (the filesystem by default, S3-compatible storage when configured). */
export interface BlobStore {
  /** The whole file. */
  read(ref: BlobRef): Promise<Result<Uint8Array, BlobReadFailure>>;
  /** The file's size in bytes, or null when there is no such blob. */
  size(ref: BlobRef): Promise<number | null>;
  /** Stores a file atomically (readers never see half of it). */
  write(ref: BlobRef, bytes: Uint8Array): Promise<void>;
  /** Deletes a file; deleting a missing one is not an error. */
  remove(ref: BlobRef): Promise<void>;
}
