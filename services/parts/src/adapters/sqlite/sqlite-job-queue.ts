import { randomUUID } from 'node:crypto';
import { dialectOf } from '@kerf/service-kit';
import type { ExpressionBuilder, Kysely } from 'kysely';
import { sql } from 'kysely';
import type { JobLease, JobQueue, JobState } from '../../ports/job-queue.ts';
import type { PartsDatabase } from './schema.ts';

/**
 * The `jobs` table with leases, in the service's SQL database (SQLite or PostgreSQL). A claim is one
 * `UPDATE ... WHERE part_id = (SELECT ... LIMIT 1) RETURNING` statement, so two claimers (threads or
 * processes on one file, replicas on one PostgreSQL) never share a lease: on PostgreSQL the select
 * takes the row `for update skip locked` and the update re-checks that the job is still claimable.
 * Every other lease operation matches the lease token, so a holder whose lease expired and was
 * re-claimed changes nothing.
 */
export function sqliteJobQueue(db: Kysely<PartsDatabase>, newToken: () => string = randomUUID): JobQueue {
  const held = (lease: JobLease) =>
    db
      .updateTable('jobs')
      .where('part_id', '=', lease.partId)
      .where('token', '=', lease.token)
      .where('state', '=', 'running');
  const postgres = dialectOf(db) === 'postgres';
  const changed = (result: { numUpdatedRows: bigint }) => result.numUpdatedRows > 0n;

  return {
    async enqueue(partId, revision, availableAt) {
      const row = {
        revision,
        state: 'queued',
        attempts: 0,
        available_at: availableAt,
        owner: null,
        token: null,
        leased_until: null,
        last_error: null,
        updated_at: availableAt,
      };
      await db
        .insertInto('jobs')
        .values({ part_id: partId, ...row })
        .onConflict((oc) => oc.column('part_id').doUpdateSet(row))
        .execute();
    },
    async claim(owner, now, leaseMs) {
      const claimable = (eb: ExpressionBuilder<PartsDatabase, 'jobs'>) =>
        eb.or([
          eb.and([eb('state', '=', 'queued'), eb('available_at', '<=', now)]),
          eb.and([eb('state', '=', 'running'), eb('leased_until', '<=', now)]),
        ]);
      const candidate = db
        .selectFrom('jobs')
        .select('part_id')
        .where(claimable)
        .orderBy('available_at')
        .orderBy('part_id')
        .limit(1);
      // PostgreSQL runs claimers side by side: each skips the rows another one is claiming, and the
      // outer condition is checked again on the row as it is after a concurrent claim committed.
      const next = postgres ? candidate.forUpdate().skipLocked() : candidate;
      const row = await db
        .updateTable('jobs')
        .set((eb) => ({
          state: 'running',
          owner,
          token: newToken(),
          attempts: eb('attempts', '+', 1),
          leased_until: now + leaseMs,
          updated_at: now,
        }))
        .where('part_id', '=', next)
        .where(claimable)
        .returning(['part_id', 'revision', 'token', 'attempts', 'leased_until'])
        .executeTakeFirst();
      if (!row) return null;
      return {
        partId: row.part_id,
        revision: row.revision,
        token: row.token as string,
        attempt: row.attempts,
        leasedUntil: Number(row.leased_until),
      };
    },
    async renew(lease, now, leaseMs) {
      const until = now + leaseMs;
      // Never shortens the lease: renewals may overlap (on PostgreSQL each runs on a connection of its
      // own), and one that commits after a later one must not move the end back, or the job looks
      // expired while it runs and another claimer takes it.
      return changed(
        await held(lease)
          .set({
            leased_until: sql<number>`case when leased_until > ${until} then leased_until else ${until} end`,
            updated_at: now,
          })
          .executeTakeFirst(),
      );
    },
    async complete(lease, now) {
      return changed(
        await held(lease)
          .set({ state: 'done', token: null, leased_until: null, last_error: null, updated_at: now })
          .executeTakeFirst(),
      );
    },
    async retry(lease, availableAt, reason, now) {
      return changed(
        await held(lease)
          .set({
            state: 'queued',
            token: null,
            owner: null,
            leased_until: null,
            available_at: availableAt,
            last_error: reason,
            updated_at: now,
          })
          .executeTakeFirst(),
      );
    },
    async fail(lease, error, now) {
      return changed(
        await held(lease)
          .set({
            state: 'failed',
            token: null,
            leased_until: null,
            last_error: `${error.code}: ${error.message}`,
            updated_at: now,
          })
          .executeTakeFirst(),
      );
    },
    async release(lease, now) {
      return changed(
        await held(lease)
          .set((eb) => ({
            state: 'queued',
            token: null,
            owner: null,
            leased_until: null,
            attempts: eb('attempts', '-', 1),
            available_at: now,
            updated_at: now,
          }))
          .executeTakeFirst(),
      );
    },
    async remove(partId) {
      await db.deleteFrom('jobs').where('part_id', '=', partId).execute();
    },
    async find(partId) {
      const row = await db.selectFrom('jobs').selectAll().where('part_id', '=', partId).executeTakeFirst();
      if (!row) return null;
      return {
        partId: row.part_id,
        revision: row.revision,
        state: row.state as JobState,
        attempts: row.attempts,
        availableAt: Number(row.available_at),
        leasedUntil: row.leased_until === null ? null : Number(row.leased_until),
        lastError: row.last_error,
      };
    },
  };
}
