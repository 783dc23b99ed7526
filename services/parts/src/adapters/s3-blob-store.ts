import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { S3Settings } from '@kerf/service-kit';
import { fail, ok, s3BlobKey, s3ClientConfig } from '@kerf/service-kit';
import type { BlobRef, BlobStore } from '../ports/blob-store.ts';

const keyPattern = /^[A-Za-z0-9_-]{1,128}$/;
const shaPattern = /^[0-9a-f]{64}$/;

/** Where a blob lives in the bucket (kit's `s3BlobKey`), for a well-formed reference only. */
function keyOf(ref: BlobRef): string {
  if (!keyPattern.test(ref.key)) throw new Error('invalid blob key');
  if (!shaPattern.test(ref.sha256)) throw new Error('invalid blob sha256');
  return s3BlobKey(ref.key, ref.sha256);
}

/** An S3 client for S3-compatible storage, with the kit's settings for it. */
export function createS3Client(settings: S3Settings): S3Client {
  return new S3Client(s3ClientConfig(settings));
}

/**
 * Blobs as objects of one bucket, under the same `<sha[0:2]>/<key>` layout as the filesystem store
 * (prefixed `blobs/`). A PUT is atomic in S3, so readers never see half a blob. Keys are server ids;
 * anything else is refused before a request is made.
 */
export function s3BlobStore(settings: S3Settings, client: S3Client = createS3Client(settings)): BlobStore {
  const Bucket = settings.bucket;
  return {
    async read(ref) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: keyOf(ref) }));
        if (!object.Body) return fail('unavailable');
        return ok(await object.Body.transformToByteArray());
      } catch (error) {
        return fail(isNotFound(error) ? 'missing' : 'unavailable');
      }
    },
    async size(ref) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket, Key: keyOf(ref) }));
        return head.ContentLength ?? 0;
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async write(ref, bytes) {
      await client.send(new PutObjectCommand({ Bucket, Key: keyOf(ref), Body: bytes }));
    },
    async remove(ref) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: keyOf(ref) }));
    },
  };
}

/** A 404 from S3: `NoSuchKey` for GET, a bare `NotFound` for HEAD (which has no body). */
function isNotFound(error: unknown): boolean {
  const e = error as { name?: unknown; $metadata?: { httpStatusCode?: unknown } } | null;
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}
