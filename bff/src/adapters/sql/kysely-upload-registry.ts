import { dialectOf } from '@kerf/service-kit';
import { sql, type Kysely, type Transaction } from 'kysely';
import type {
  UploadProgress,
  UploadRecord,
  UploadRegistry,
  UploadStatus,
} from '../../ports/upload-registry.ts';
import type { BffDatabase, UploadRow } from './bff-database.ts';

const order: Record<UploadStatus, number> = {
  uploading: 0,
  verifying: 1,
  processing: 2,
  ready: 3,
  failed: 3,
};

function toProgress(row: UploadRow): UploadProgress {
  return {
    upload_id: row.upload_id,
    batch: row.batch,
    name: row.name,
    size: Number(row.size),
    offset: Number(row.offset),
    status: row.status,
    progress: Number(row.progress),
    part_id: row.part_id,
    error: row.error_code ? { code: row.error_code, message: row.error_message ?? '' } : null,
    version: Number(row.version),
  };
}

function toRecord(row: UploadRow): UploadRecord {
  return {
    ...toProgress(row),
    user_id: row.user_id,
    company_id: row.company_id,
    sha256: row.sha256,
    created_at: row.created_at,
  };
}

type Change = Partial<Omit<UploadRow, 'upload_id' | 'version'>>;

/**
 * Uploads in the BFF's database: a SQLite file on one machine, or PostgreSQL shared by every BFF
 * replica, so a batch poll answers the same on any replica. Every change takes the next value of one
 * counter row; on PostgreSQL that row stays locked until the change commits, so versions become
 * visible in order and a poll `since` a version never skips a change.
 */
export function createKyselyUploadRegistry(db: Kysely<BffDatabase>): UploadRegistry {
  const postgres = dialectOf(db) === 'postgres';
  const bump = async (trx: Transaction<BffDatabase>) => {
    const row = await trx
      .updateTable('upload_version')
      .set({ value: sql`value + 1` })
      .where('id', '=', 1)
      .returning('value')
      .executeTakeFirstOrThrow();
    return Number(row.value);
  };
  const select = (executor: Kysely<BffDatabase>, uploadId: string) =>
    executor.selectFrom('uploads').selectAll().where('upload_id', '=', uploadId);
  /** Reads the row (locked on PostgreSQL), applies `decide`, and writes its change with a new version. */
  const change = (uploadId: string, decide: (row: UploadRow) => Change | null) =>
    db.transaction().execute(async (trx) => {
      const query = select(trx, uploadId);
      const row = await (postgres ? query.forUpdate() : query).executeTakeFirst();
      if (!row) return;
      const update = decide(row);
      if (!update) return;
      const version = await bump(trx);
      await trx
        .updateTable('uploads')
        .set({ ...update, version })
        .where('upload_id', '=', uploadId)
        .execute();
    });

  return {
    async create(record) {
      await db.transaction().execute(async (trx) => {
        const version = await bump(trx);
        await trx
          .insertInto('uploads')
          .values({ ...record, offset: 0, status: 'uploading', progress: 0, version })
          .execute();
      });
    },
    async get(uploadId) {
      const row = await select(db, uploadId).executeTakeFirst();
      return row ? toRecord(row) : null;
    },
    async setOffset(uploadId, offset) {
      // A deferred-length upload learns its size from its bytes.
      await change(uploadId, (row) =>
        offset > Number(row.offset) && row.status === 'uploading'
          ? { offset, size: Math.max(Number(row.size), offset) }
          : null,
      );
    },
    async setStatus(uploadId, status, error) {
      await change(uploadId, (row) => {
        if (order[status] < order[row.status] || row.status === 'failed' || row.status === 'ready')
          return null;
        return { status, error_code: error?.code ?? null, error_message: error?.message ?? null };
      });
    },
    async attachPart(uploadId, partId) {
      await change(uploadId, (row) => (row.part_id === partId ? null : { part_id: partId }));
    },
    async applyPartChange(uploadId, part) {
      await change(uploadId, (row) => {
        if (row.status === 'ready' || row.status === 'failed') return null;
        const status: UploadStatus =
          part.status === 'ready' || part.status === 'failed' ? part.status : 'processing';
        const progress = status === 'ready' ? 1 : Math.max(Number(row.progress), part.progress);
        if (status === row.status && progress === Number(row.progress)) return null;
        return {
          status,
          progress,
          offset: Number(row.size),
          error_code: part.error?.code ?? null,
          error_message: part.error?.message ?? null,
        };
      });
    },
    async changedSince(userId, batch, since) {
      const rows = await db
        .selectFrom('uploads')
        .selectAll()
        .where('user_id', '=', userId)
        .where('batch', '=', batch)
        .where('version', '>', since)
        .orderBy('created_at')
        .orderBy('upload_id')
        .execute();
      const version = rows.reduce((max, row) => Math.max(max, Number(row.version)), since);
      return { version, items: rows.map(toProgress) };
    },
    async hasBatch(userId, batch) {
      const row = await db
        .selectFrom('uploads')
        .select('upload_id')
        .where('user_id', '=', userId)
        .where('batch', '=', batch)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
    async batches(userId) {
      const unfinished = sql<number>`sum(case when status in ('ready', 'failed') then 0 else 1 end)`;
      const rows = await db
        .selectFrom('uploads')
        .select([
          'batch',
          unfinished.as('unfinished'),
          sql<number>`count(*)`.as('total'),
          sql<string>`min(created_at)`.as('created_at'),
        ])
        .where('user_id', '=', userId)
        .groupBy('batch')
        .having(unfinished, '>', 0)
        .orderBy('created_at', 'desc')
        .limit(20)
        .execute();
      return rows.map((row) => ({
        batch: row.batch,
        unfinished: Number(row.unfinished),
        total: Number(row.total),
        created_at: row.created_at,
      }));
    },
    async awaitingPart() {
      const rows = await db
        .selectFrom('uploads')
        .selectAll()
        .where('status', '=', 'processing')
        .where('part_id', 'is', null)
        .execute();
      return rows.map(toRecord);
    },
    async remove(uploadId) {
      await db.deleteFrom('uploads').where('upload_id', '=', uploadId).execute();
    },
  };
}
