import { HeadBucketCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import type { ReadinessCheck, S3Settings } from '@kerf/service-kit';
import { createS3Client } from './s3-blob-store.ts';

/**
 * The `storage` readiness check on S3: a HEAD request on the bucket (no object read), with the same
 * client settings and credentials as the blob store, aborted when the check's time is up.
 */
export function s3BucketCheck(
  settings: S3Settings,
  client: S3Client = createS3Client(settings),
): ReadinessCheck {
  return async (signal) => {
    await client.send(new HeadBucketCommand({ Bucket: settings.bucket }), { abortSignal: signal });
  };
}
