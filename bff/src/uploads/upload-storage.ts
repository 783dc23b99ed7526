import type { DataStore } from '@tus/server';

/**
 * Where upload bytes live, from the first tus PATCH to the blob the parts service reads: the local
 * disk by default, S3-compatible storage when configured (then any BFF replica can finish any upload).
 */
export interface UploadStorage {
  /** The tus datastore that receives the bytes. */
  readonly datastore: DataStore;
  /** The hex SHA-256 of a complete upload's bytes, streamed (never the whole file in memory). */
  sha256(uploadId: string): Promise<string>;
  /** Puts a verified upload where the parts service reads its blob (key = upload id); idempotent. */
  storeBlob(uploadId: string, sha256: string): Promise<void>;
}
