import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createLogger, createTokenVerifier, databaseCheck, dialectOf, serve } from '@kerf/service-kit';
import { fsBlobStore } from './adapters/fs-blob-store.ts';
import { chooseJobQueue, startPartsPgBoss } from './adapters/pgboss-job-queue-setup.ts';
import { s3BlobStore } from './adapters/s3-blob-store.ts';
import { s3BucketCheck } from './adapters/s3-bucket-check.ts';
import { openPartsDatabase } from './adapters/sqlite/open-parts-database.ts';
import { sqlitePartsStore } from './adapters/sqlite/sqlite-parts-store.ts';
import { createWorkerPool } from './adapters/worker-pool/worker-pool.ts';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { createProcessing, defaultProcessingSettings } from './processing/create-processing.ts';

// The only place real adapters are built: SQLite (or PostgreSQL) and blobs in the data folder, worker
// threads, identity's JWKS over HTTP.
const config = readConfig(process.env);
const logger = createLogger({ base: { service: 'parts' } });
const db = await openPartsDatabase(config.database);
// Jobs in pg-boss when the parts database is PostgreSQL (or PARTS_JOB_QUEUE says so), else its jobs
// table; blobs in S3 when S3_ENDPOINT and S3_BUCKET are set, else in the data folder.
const pgBoss =
  chooseJobQueue(config.jobQueue, dialectOf(db)) === 'pg-boss'
    ? await startPartsPgBoss(config.database)
    : null;
const store = sqlitePartsStore(db, pgBoss ? { jobs: (tx) => pgBoss.queue(tx) } : {});
const blobs = config.s3 ? s3BlobStore(config.s3) : fsBlobStore(path.join(config.dataDir, 'blobs'));
const clock = () => new Date();
const pool = createWorkerPool({
  size: config.workers,
  timeLimitMs: config.timeLimitMs,
  memoryMb: config.memoryMb,
  onWorkerLost: (reason) => logger.warn('worker-lost', { reason }),
});
const runner = createProcessing({
  store,
  blobs,
  analyser: pool,
  clock,
  logger,
  settings: {
    ...defaultProcessingSettings,
    // Twice the workers: while a worker analyses, the next job's blob is read and the last one's
    // result written, so workers do not idle between jobs (the pool queues the extra tasks).
    concurrency: config.workers * 2,
    leaseMs: config.leaseMs,
    maxAttempts: config.maxAttempts,
    // The engine's own budget ends first, with a clean `time-limit`; the hard limit is the backstop.
    engineOptions: { maxEntities: config.maxEntities, timeBudgetMs: Math.floor(config.timeLimitMs * 0.8) },
  },
});
// Aborted when SIGTERM starts the drain: readiness answers 503 from then on.
const draining = new AbortController();
const app = createApp({
  store,
  blobs,
  clock,
  newId: randomUUID,
  onQueued: () => runner.wake(),
  authenticate: createTokenVerifier({ jwksUrl: config.jwksUrl, issuer: config.issuer, audience: 'parts' }),
  logger,
  readiness: {
    database: databaseCheck(db),
    ...(config.s3 ? { storage: s3BucketCheck(config.s3) } : {}),
    ...(pgBoss ? { job_queue: () => pgBoss.ready() } : {}),
  },
  draining: draining.signal,
});
runner.start();
logger.info('processing-started', {
  workers: config.workers,
  leaseMs: config.leaseMs,
  jobQueue: pgBoss ? 'pg-boss' : 'table',
  blobs: config.s3 ? 's3' : 'fs',
});
await serve(app, {
  port: config.port,
  host: config.host,
  logger,
  draining,
  // SIGTERM: stop taking requests, then drain the jobs (finish or release them), then close.
  onClose: async () => {
    await runner.stop({ graceMs: config.drainMs, abort: () => pool.close() });
    await pool.close();
    await pgBoss?.stop();
    await db.destroy();
  },
});
