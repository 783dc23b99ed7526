import type { Env } from './env-integer.ts';

/** Where S3-compatible object storage is and how to sign in to it (path-style addressing). */
export interface S3Settings {
  /** `S3_ENDPOINT`, e.g. `http://127.0.0.1:9000`. */
  readonly endpoint: string;
  /** `S3_BUCKET`. */
  readonly bucket: string;
  /** `S3_REGION`, `us-east-1` by default. */
  readonly region: string;
  /** `S3_ACCESS_KEY_ID` and `S3_SECRET_ACCESS_KEY`, or null for the SDK's default credential chain. */
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string } | null;
}

/**
 * The S3 settings when both `S3_ENDPOINT` and `S3_BUCKET` are set, else null (files stay on the
 * filesystem). Throws when only one of the two key variables is set.
 */
export function readS3Settings(env: Env): S3Settings | null {
  const endpoint = env.S3_ENDPOINT || '';
  const bucket = env.S3_BUCKET || '';
  if (!endpoint && !bucket) return null;
  if (!endpoint || !bucket) throw new Error('S3_ENDPOINT and S3_BUCKET are set together or not at all');
  const accessKeyId = env.S3_ACCESS_KEY_ID || '';
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY || '';
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together or not at all');
  }
  return {
    endpoint: endpoint.replace(/\/+$/, ''),
    bucket,
    region: env.S3_REGION || 'us-east-1',
    credentials: accessKeyId ? { accessKeyId, secretAccessKey } : null,
  };
}

/**
 * The S3 client settings (AWS SDK v3 `S3ClientConfig`) for S3-compatible storage: path-style
 * addressing (the bucket in the path, as MinIO, s3rver and most self-hosted servers want) and
 * checksums only where S3 requires them (servers other than AWS often reject the SDK's newer default
 * trailing checksums). One definition for the parts blob store and the BFF's uploads.
 */
export function s3ClientConfig(settings: S3Settings) {
  return {
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED' as const,
    responseChecksumValidation: 'WHEN_REQUIRED' as const,
    ...(settings.credentials ? { credentials: { ...settings.credentials } } : {}),
  };
}

/**
 * Where a part's file lives in the bucket: `blobs/<first 2 hex digits of the SHA-256>/<key>`, the
 * filesystem store's layout. The BFF writes there when an upload ends; parts reads it.
 */
export function s3BlobKey(key: string, sha256: string): string {
  return `blobs/${sha256.slice(0, 2)}/${key}`;
}
