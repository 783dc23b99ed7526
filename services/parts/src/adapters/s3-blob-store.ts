import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { S3Settings } from '@kerf/service-kit';
import { fail, ok } from '@kerf/service-kit';
import type { BlobRef, BlobStore } from '../ports/blob-store.ts';

const keyPattern = /^[A-Za-z0-9_-]{1,128}$/;
const shaPattern = /^[0-9a-f]{64}$/;

/** Where a blob lives in the bucket: `blobs/<first 2 hex digits of the SHA-256>/<key>`, as on disk. */
export function s3BlobKey(ref: BlobRef): string {
  if (!keyPattern.test(ref.key)) throw new Error('invalid blob key');
  if (!shaPattern.test(ref.sha256)) throw new Error('invalid blob sha256');
  return `blobs/${ref.sha256.slice(0, 2)}/${ref.key}`;
}

/**
 * An S3 client for S3-compatible storage: path-style addressing (the bucket in the path, as MinIO,
 * s3rver and most self-hosted servers want) and checksums only where S3 requires them (servers other
 * than AWS often reject the SDK's newer default trailing checksums).
 */
export function createS3Client(settings: S3Settings): S3Client {
  return new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
  });
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
        const object = await client.send(new GetObjectCommand({ Bucket, Key: s3BlobKey(ref) }));
        if (!object.Body) return fail('unavailable');
        return ok(await object.Body.transformToByteArray());
      } catch (error) {
        return fail(isNotFound(error) ? 'missing' : 'unavailable');
      }
    },
    async size(ref) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket, Key: s3BlobKey(ref) }));
        return head.ContentLength ?? 0;
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    async write(ref, bytes) {
      await client.send(new PutObjectCommand({ Bucket, Key: s3BlobKey(ref), Body: bytes }));
    },
    async remove(ref) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: s3BlobKey(ref) }));
    },
  };
}

/** A 404 from S3: `NoSuchKey` for GET, a bare `NotFound` for HEAD (which has no body). */
function isNotFound(error: unknown): boolean {
  const e = error as { name?: unknown; $metadata?: { httpStatusCode?: unknown } } | null;
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}
