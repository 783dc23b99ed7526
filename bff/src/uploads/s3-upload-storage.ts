import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { CopyObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3Settings } from '@kerf/service-kit';
import { s3BlobKey, s3ClientConfig } from '@kerf/service-kit';
import { S3Store } from '@tus/s3-store';
import type { MetadataValue } from '@tus/s3-store';
import type { KvStore } from '@tus/server';
import type { UploadStorage } from './upload-storage.ts';

/**
 * @tus/s3-store's metadata cache, replaced by none: its default is per process, so a deferred length
 * declared, an upload finished or deleted through one replica would stay unseen by another that read the
 * upload before (it would accept a second length, or answer a deleted upload as complete). A shared
 * cache would not do either: the store changes the cached object in place and never writes it back.
 * The cost: every `getMetadata` reads `<id>.info` from S3 (one small GET per HEAD, two per PATCH).
 */
export const noMetadataCache: KvStore<MetadataValue> = {
  get: async () => undefined,
  set: async () => {},
  delete: async () => {},
  list: async () => [],
};

/**
 * Uploads in S3 through @tus/s3-store (a multipart upload per tus upload, object key = upload id, the
 * tus state in `<id>.info`), so no BFF replica keeps upload bytes on its disk. Finishing streams the
 * object through SHA-256 and copies it, server-side, to the parts blob key.
 */
export function s3UploadStorage(options: {
  settings: S3Settings;
  expiryMs: number;
  /** Bytes per S3 part (at least 5 MiB, S3's minimum); 8 MiB by default. */
  partSize?: number;
}): UploadStorage {
  const { settings } = options;
  const client = new S3Client(s3ClientConfig(settings));
  const Bucket = settings.bucket;
  return {
    datastore: new S3Store({
      partSize: options.partSize ?? 8 * 1024 * 1024,
      expirationPeriodInMilliseconds: options.expiryMs,
      // Expiry tags need a lifecycle rule on the bucket; unfinished uploads are cleaned by listing.
      useTags: false,
      cache: noMetadataCache,
      s3ClientConfig: { bucket: Bucket, ...s3ClientConfig(settings) },
    }),
    async sha256(uploadId) {
      const object = await client.send(new GetObjectCommand({ Bucket, Key: uploadId }));
      const hash = createHash('sha256');
      for await (const chunk of object.Body as Readable) hash.update(chunk as Buffer);
      return hash.digest('hex');
    },
    async storeBlob(uploadId, sha256) {
      await client.send(
        new CopyObjectCommand({
          Bucket,
          Key: s3BlobKey(uploadId, sha256),
          CopySource: `${Bucket}/${encodeURIComponent(uploadId)}`,
        }),
      );
    },
  };
}
