import { randomUUID } from 'node:crypto';
import { CompiledQuery, sql } from 'kysely';
import type { Kysely, RawBuilder } from 'kysely';
import PgBoss from 'pg-boss';
import type { JobLease, JobQueue, JobRow, JobState } from '../ports/job-queue.ts';

/** The pg-boss queue that holds the parts' processing jobs. */
export const partsQueueName = 'parts-processing';

/** A started pg-boss and the JobQueue it serves on any connection or transaction of the same database. */
export interface PgBossJobs {
  /** The job queue on `db` (the parts database itself, or one of its transactions). */
  queue<DB>(db: Kysely<DB>): JobQueue;
  /** The schema of pg-boss's tables. */
  readonly schema: string;
  /** Stops pg-boss's maintenance and closes its pool (running jobs are not touched). */
  stop(): Promise<void>;
  /** Resolves while pg-boss is started and its pool reads the parts queue; rejects once stopped. */
  ready(): Promise<void>;
}

/** Where pg-boss lives and whether this process runs its maintenance. */
export interface PgBossJobsOptions {
  /** The PostgreSQL server's URL (without `?schema=`). */
  readonly url: string;
  /** pg-boss's own schema, created and migrated by pg-boss at start. */
  readonly schema: string;
  /**
   * pg-boss maintenance: archiving finished jobs and moving jobs whose lease ran out (by the database
   * clock) back to `retry`. On in servers; off in tests, whose clocks are made up.
   */
  readonly supervise: boolean;
  /** Connections of pg-boss's own pool (maintenance only: jobs go through the parts database). */
  readonly poolSize?: number;
  readonly newToken?: () => string;
}

/**
 * pg-boss 10 as the parts JobQueue. pg-boss owns the schema (its `job` table, partitions, indexes and
 * migrations), the queue, job creation (`send`, inside the caller's transaction) and maintenance
 * (archiving, expiring leases that nobody renewed). The port asks for more than pg-boss's own fetch /
 * complete / fail calls give, so those steps are SQL on pg-boss's `job` table, in pg-boss's terms:
 *
 * - one job per part: `singleton_key` is the part id; `enqueue` deletes the part's jobs and sends a
 *   new one in the same transaction (the revision is in `data`).
 * - claim: `FOR UPDATE SKIP LOCKED` like pg-boss's fetch, but also taking `active` jobs whose lease
 *   (`started_on + expire_in`) is over, and with the caller's clock (the port's times are the
 *   caller's). Each claim counts in `retry_count` and writes a fresh token into `output`.
 * - renew (pg-boss has no lease extension): `expire_in` is stretched to `now + lease - started_on`
 *   (never shortened), only while `output.token` is still the holder's, so pg-boss's maintenance
 *   sees the same lease.
 * - complete / fail / retry / release: state changes to `completed`, `failed`, `retry` (with
 *   `start_after` = the backoff time) or `retry` at once (the attempt given back), all only while the
 *   token matches, so a stale holder changes nothing (pg-boss's `complete(id)` would not check that).
 * - `retry_limit` is huge: the parts service decides when a run has had enough attempts.
 */
export async function startPgBossJobs(options: PgBossJobsOptions): Promise<PgBossJobs> {
  const boss = new PgBoss({
    connectionString: options.url,
    schema: options.schema,
    max: options.poolSize ?? 2,
    schedule: false,
    supervise: options.supervise,
    migrate: true,
  });
  // pg-boss reports maintenance errors as events; without a listener Node would crash the process.
  boss.on('error', () => {});
  await boss.start();
  if (!(await boss.getQueue(partsQueueName))) {
    await boss
      .createQueue(partsQueueName, { name: partsQueueName, policy: 'standard', retryLimit: 1_000_000 })
      .catch(async (error: unknown) => {
        // Two replicas starting together: the other one created it.
        if (!(await boss.getQueue(partsQueueName))) throw error;
      });
  }
  const newToken = options.newToken ?? randomUUID;
  let stopped = false;
  return {
    schema: options.schema,
    queue: (db) => pgBossJobQueue(boss, options.schema, db, newToken),
    stop: () => {
      stopped = true;
      return boss.stop({ graceful: false, wait: true });
    },
    async ready() {
      if (stopped) throw new Error('pg-boss is stopped');
      if (!(await boss.getQueue(partsQueueName))) throw new Error('the parts queue is missing');
    },
  };
}

const at = (ms: number) => sql`to_timestamp(${ms}::double precision / 1000)`;
const epochMs = (expression: RawBuilder<unknown>) =>
  sql<number>`round(extract(epoch from ${expression}) * 1000)::bigint`;

interface ClaimedRow {
  part_id: string;
  revision: number;
  attempts: number;
  leased_until: number;
}

function pgBossJobQueue<DB>(boss: PgBoss, schema: string, db: Kysely<DB>, newToken: () => string): JobQueue {
  const job = sql.table(`${schema}.job`);
  const queue = partsQueueName;
  // pg-boss runs its SQL through this, so a send joins the caller's transaction.
  const executor: PgBoss.Db = {
    async executeSql(text, values) {
      const result = await db.executeQuery(CompiledQuery.raw(text, values));
      return { rows: result.rows as unknown[] };
    },
  };
  const heldBy = (lease: JobLease) =>
    sql`name = ${queue} and singleton_key = ${lease.partId} and state = 'active'
        and output->>'token' = ${lease.token}`;
  const update = async (lease: JobLease, set: RawBuilder<unknown>) => {
    const result = await sql`update ${job} set ${set} where ${heldBy(lease)}`.execute(db);
    return (result.numAffectedRows ?? 0n) > 0n;
  };
  const lastError = (reason: string | null) => sql`jsonb_build_object('lastError', ${reason}::text)`;

  return {
    async enqueue(partId, revision, availableAt) {
      await sql`delete from ${job} where name = ${queue} and singleton_key = ${partId}`.execute(db);
      await boss.send(
        queue,
        { partId, revision },
        { singletonKey: partId, startAfter: new Date(availableAt), db: executor },
      );
    },
    async claim(owner, now, leaseMs) {
      const token = newToken();
      const { rows } = await sql<ClaimedRow>`
        with next as (
          select id from ${job}
          where name = ${queue}
            and ((state < 'active' and start_after <= ${at(now)})
              or (state = 'active' and started_on + expire_in <= ${at(now)}))
          order by start_after, singleton_key
          limit 1
          for update skip locked
        )
        update ${job} j set
          state = 'active',
          started_on = ${at(now)},
          expire_in = ${leaseMs}::double precision * interval '1 millisecond',
          retry_count = j.retry_count + 1,
          output = jsonb_build_object('owner', ${owner}::text, 'token', ${token}::text,
            'lastError', j.output->'lastError')
        from next
        where j.name = ${queue} and j.id = next.id
        returning j.singleton_key as part_id, (j.data->>'revision')::int as revision,
          j.retry_count as attempts, ${epochMs(sql`j.started_on + j.expire_in`)} as leased_until`.execute(db);
      const row = rows[0];
      if (!row) return null;
      return {
        partId: row.part_id,
        revision: Number(row.revision),
        token,
        attempt: Number(row.attempts),
        leasedUntil: Number(row.leased_until),
      };
    },
    // Never shortens the lease: renewals may overlap (each on a connection of its own), and one that
    // commits after a later one must not move the end back, or the job looks expired while it runs.
    renew: (lease, now, leaseMs) =>
      update(lease, sql`expire_in = greatest(expire_in, (${at(now + leaseMs)}) - started_on)`),
    complete: (lease, now) =>
      update(lease, sql`state = 'completed', completed_on = ${at(now)}, output = ${lastError(null)}`),
    retry: (lease, availableAt, reason, _now) =>
      update(lease, sql`state = 'retry', start_after = ${at(availableAt)}, output = ${lastError(reason)}`),
    fail: (lease, error, now) =>
      update(
        lease,
        sql`state = 'failed', completed_on = ${at(now)},
            output = ${lastError(`${error.code}: ${error.message}`)}`,
      ),
    release: (lease, now) =>
      update(
        lease,
        sql`state = 'retry', start_after = ${at(now)}, retry_count = retry_count - 1,
            output = jsonb_build_object('lastError', output->'lastError')`,
      ),
    async remove(partId) {
      await sql`delete from ${job} where name = ${queue} and singleton_key = ${partId}`.execute(db);
    },
    async find(partId) {
      const { rows } = await sql<{
        revision: number;
        state: string;
        attempts: number;
        available_at: number;
        leased_until: number | null;
        last_error: string | null;
      }>`
        select (data->>'revision')::int as revision, state::text as state, retry_count as attempts,
          ${epochMs(sql`start_after`)} as available_at,
          case when state = 'active' then ${epochMs(sql`started_on + expire_in`)} end as leased_until,
          output->>'lastError' as last_error
        from ${job} where name = ${queue} and singleton_key = ${partId}
        order by created_on desc limit 1`.execute(db);
      const row = rows[0];
      if (!row) return null;
      return {
        partId,
        revision: Number(row.revision),
        state: stateOf(row.state),
        attempts: Number(row.attempts),
        availableAt: Number(row.available_at),
        leasedUntil: row.leased_until === null ? null : Number(row.leased_until),
        lastError: row.last_error,
      } satisfies JobRow;
    },
  };
}

/** pg-boss's job states as the port names them. */
function stateOf(state: string): JobState {
  if (state === 'active') return 'running';
  if (state === 'completed') return 'done';
  if (state === 'failed' || state === 'cancelled') return 'failed';
  return 'queued';
}
