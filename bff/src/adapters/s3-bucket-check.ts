import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { ReadinessCheck, S3Settings } from '@kerf/service-kit';

/**
 * The `storage` readiness check when uploads go to S3: a HEAD request on the bucket (no object read),
 * path-style and with the upload store's credentials, aborted when the check's time is up.
 */
export function s3BucketCheck(settings: S3Settings): ReadinessCheck {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: true,
    ...(settings.credentials ? { credentials: settings.credentials } : {}),
  });
  return async (signal) => {
    await client.send(new HeadBucketCommand({ Bucket: settings.bucket }), { abortSignal: signal });
  };
}
