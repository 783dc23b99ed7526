import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Env, S3Settings } from '@kerf/service-kit';
import { databaseLocation, envInteger, readS3Settings } from '@kerf/service-kit';

/** The parts service's settings, read once from the environment. */
export interface PartsConfig {
  /** `PARTS_PORT`, 8103 by default. */
  readonly port: number;
  /** `PARTS_HOST`, loopback by default: services are reached through the BFF. */
  readonly host: string;
  /** `KERF_DATA_DIR`: the database is `<dataDir>/parts/parts.sqlite`, blobs are under `<dataDir>/blobs/`. */
  readonly dataDir: string;
  /** Identity's JWKS, from `IDENTITY_URL`. */
  readonly jwksUrl: string;
  /** `IDENTITY_ISSUER`, `kerf-identity` by default. */
  readonly issuer: string;
  /** `PARTS_WORKERS`: worker threads, one per core by default. */
  readonly workers: number;
  /** `PARTS_TIME_LIMIT_MS`: hard limit per file (the worker is terminated), 30 s by default. */
  readonly timeLimitMs: number;
  /** `PARTS_MEMORY_MB`: heap limit per worker, 1024 MiB by default. */
  readonly memoryMb: number;
  /** `PARTS_MAX_ENTITIES`: entities read from one file, 1,000,000 by default. */
  readonly maxEntities: number;
  /** `PARTS_LEASE_MS`: job lease, renewed every third of it while a job runs; 30 s by default. */
  readonly leaseMs: number;
  /** `PARTS_MAX_ATTEMPTS`: attempts of a run before a transient failure fails the part; 5 by default. */
  readonly maxAttempts: number;
  /** `PARTS_DRAIN_MS`: how long running jobs may finish after SIGTERM; 10 s by default. */
  readonly drainMs: number;
  /**
   * Where the parts data lives: `PARTS_DATABASE_URL` when set, else `DATABASE_URL` with the schema
   * `parts`, else `<dataDir>/parts/parts.sqlite`.
   */
  readonly database: string;
  /**
   * `PARTS_JOB_QUEUE`: `table` (the jobs table in the parts database) or `pg-boss` (PostgreSQL only);
   * null (unset) picks pg-boss when the parts database is PostgreSQL, else the table.
   */
  readonly jobQueue: 'table' | 'pg-boss' | null;
  /** `S3_ENDPOINT` and `S3_BUCKET` (with `S3_REGION`, `S3_ACCESS_KEY_ID`, `S3_SECRET_ACCESS_KEY`): blobs in S3. */
  readonly s3: S3Settings | null;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Reads the configuration, with one-machine defaults; throws on a value that is not a positive integer. */
export function readConfig(env: Env): PartsConfig {
  const int = (name: string, fallback: number, min?: number, max?: number) =>
    envInteger(env, name, fallback, min, max);
  const identityUrl = (env.IDENTITY_URL || 'http://127.0.0.1:8101').replace(/\/+$/, '');
  const dataDir = path.resolve(env.KERF_DATA_DIR || path.join(repoRoot, '.data'));
  const jobQueue = env.PARTS_JOB_QUEUE || null;
  if (jobQueue !== null && jobQueue !== 'table' && jobQueue !== 'pg-boss') {
    throw new Error(`PARTS_JOB_QUEUE is table or pg-boss: ${jobQueue}`);
  }
  return {
    port: int('PARTS_PORT', 8103, 0, 65535),
    host: env.PARTS_HOST || '127.0.0.1',
    dataDir,
    jwksUrl: `${identityUrl}/.well-known/jwks.json`,
    issuer: env.IDENTITY_ISSUER || 'kerf-identity',
    workers: int('PARTS_WORKERS', availableParallelism(), 1, 256),
    timeLimitMs: int('PARTS_TIME_LIMIT_MS', 30_000, 100),
    memoryMb: int('PARTS_MEMORY_MB', 1024, 16),
    maxEntities: int('PARTS_MAX_ENTITIES', 1_000_000),
    leaseMs: int('PARTS_LEASE_MS', 30_000, 100),
    maxAttempts: int('PARTS_MAX_ATTEMPTS', 5, 1, 100),
    drainMs: int('PARTS_DRAIN_MS', 10_000, 0),
    database: databaseLocation(env, 'parts', path.join(dataDir, 'parts', 'parts.sqlite')),
    jobQueue,
    s3: readS3Settings(env),
  };
}
