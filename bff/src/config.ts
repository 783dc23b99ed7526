import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { S3Settings } from '@kerf/service-kit';
import { readS3Settings } from '@kerf/service-kit';

/** The BFF's settings, read from the environment once at start. */
export interface BffConfig {
  port: number;
  host: string;
  dataDir: string;
  webRoot: string;
  /** True when the public URL is HTTPS (behind a TLS proxy). */
  secureCookies: boolean;
  identityUrl: string;
  /** Largest accepted upload, `KERF_MAX_UPLOAD_BYTES` (50 MiB by default). */
  maxUploadBytes: number;
  serviceUrls: Record<string, string>;
  /** `S3_ENDPOINT` and `S3_BUCKET` (and `S3_REGION`, `S3_ACCESS_KEY_ID`, `S3_SECRET_ACCESS_KEY`): uploads in S3. */
  s3: S3Settings | null;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Reads the configuration from environment variables, with one-machine defaults. */
export function readConfig(env: NodeJS.ProcessEnv): BffConfig {
  const identityUrl = env.IDENTITY_URL ?? 'http://127.0.0.1:8101';
  const serviceUrls: Record<string, string> = { identity: identityUrl };
  for (const name of ['catalog', 'parts', 'quotes']) {
    const url = env[`${name.toUpperCase()}_URL`];
    if (url) serviceUrls[name] = url;
  }
  return {
    port: Number(env.PORT ?? 8080),
    host: env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(env.KERF_DATA_DIR ?? path.join(repoRoot, '.data')),
    webRoot: path.resolve(env.KERF_WEB_ROOT ?? path.join(repoRoot, 'web/dist')),
    secureCookies: (env.PUBLIC_URL ?? '').startsWith('https://'),
    identityUrl,
    maxUploadBytes: Number(env.KERF_MAX_UPLOAD_BYTES ?? 50 * 1024 * 1024),
    serviceUrls,
    s3: readS3Settings(env),
  };
}
