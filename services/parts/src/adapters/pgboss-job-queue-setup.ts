import type { Dialect } from '@kerf/service-kit';
import { parsePostgresLocation } from '@kerf/service-kit';
import type { PgBossJobs } from './pgboss-job-queue.ts';
import { startPgBossJobs } from './pgboss-job-queue.ts';

/** Which job queue serves parts processing. */
export type JobQueueKind = 'table' | 'pg-boss';

/**
 * The job queue for a parts database: `PARTS_JOB_QUEUE` when set, else pg-boss on PostgreSQL and the
 * jobs table on SQLite. pg-boss on SQLite is refused: jobs must commit with the parts they belong to.
 */
export function chooseJobQueue(chosen: JobQueueKind | null, dialect: Dialect): JobQueueKind {
  if (chosen === 'pg-boss' && dialect !== 'postgres') {
    throw new Error('PARTS_JOB_QUEUE=pg-boss needs the parts database on PostgreSQL');
  }
  return chosen ?? (dialect === 'postgres' ? 'pg-boss' : 'table');
}

/**
 * Starts pg-boss next to the parts tables: same server, schema `<parts schema>_jobs` (`parts_jobs`
 * when the parts tables are in `public`), maintenance on.
 */
export function startPartsPgBoss(database: string): Promise<PgBossJobs> {
  const location = parsePostgresLocation(database);
  if (!location) throw new Error('pg-boss needs a postgres:// database location');
  return startPgBossJobs({
    url: location.url,
    schema: `${location.schema ?? 'parts'}_jobs`,
    supervise: true,
  });
}
