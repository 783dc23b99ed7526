import Database from 'better-sqlite3';
import type { UploadProgress, UploadRecord, UploadRegistry, UploadStatus } from '../ports/upload-registry.ts';

interface Row {
  upload_id: string;
  batch: string;
  user_id: string;
  company_id: string;
  name: string;
  size: number;
  sha256: string;
  offset: number;
  status: UploadStatus;
  progress: number;
  part_id: string | null;
  error_code: string | null;
  error_message: string | null;
  version: number;
  created_at: string;
}

const order: Record<UploadStatus, number> = {
  uploading: 0,
  verifying: 1,
  processing: 2,
  ready: 3,
  failed: 3,
};

function toRecord(row: Row): UploadRecord {
  return {
    ...toProgress(row),
    user_id: row.user_id,
    company_id: row.company_id,
    sha256: row.sha256,
    created_at: row.created_at,
  };
}

function toProgress(row: Row): UploadProgress {
  return {
    upload_id: row.upload_id,
    batch: row.batch,
    name: row.name,
    size: row.size,
    offset: row.offset,
    status: row.status,
    progress: row.progress,
    part_id: row.part_id,
    error: row.error_code ? { code: row.error_code, message: row.error_message ?? '' } : null,
    version: row.version,
  };
}

/** Uploads in a SQLite file of the BFF's data folder. */
export function createSqliteUploadRegistry(file: string): UploadRegistry & { close(): void } {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`create table if not exists uploads (
    upload_id text primary key, batch text not null, user_id text not null, company_id text not null,
    name text not null, size integer not null, sha256 text not null, offset integer not null default 0,
    status text not null, progress real not null default 0, part_id text, error_code text, error_message text,
    version integer not null, created_at text not null);
    create index if not exists uploads_by_batch on uploads (user_id, batch, version);
    create table if not exists upload_version (id integer primary key check (id = 1), value integer not null);
    insert or ignore into upload_version (id, value) values (1, 0);`);
  const nextVersion = db.prepare<[], { value: number }>(
    'update upload_version set value = value + 1 where id = 1 returning value',
  );
  const bump = () => nextVersion.get()!.value;
  const select = db.prepare<[string], Row>('select * from uploads where upload_id = ?');
  const change = (uploadId: string, apply: (row: Row) => Partial<Row> | null) =>
    db.transaction(() => {
      const row = select.get(uploadId);
      if (!row) return;
      const update = apply(row);
      if (!update) return;
      const next = { ...row, ...update, version: bump() };
      db.prepare(
        `update uploads set offset = @offset, size = @size, status = @status, progress = @progress, part_id = @part_id,
         error_code = @error_code, error_message = @error_message, version = @version where upload_id = @upload_id`,
      ).run(next);
    })();
  const insert = db.prepare(
    `insert into uploads (upload_id, batch, user_id, company_id, name, size, sha256, status, version, created_at)
     values (@upload_id, @batch, @user_id, @company_id, @name, @size, @sha256, 'uploading', @version, @created_at)`,
  );
  const changed = db.prepare<[string, string, number], Row>(
    'select * from uploads where user_id = ? and batch = ? and version > ? order by created_at, upload_id',
  );
  const batches = db.prepare<
    [string],
    { batch: string; unfinished: number; total: number; created_at: string }
  >(
    `select batch, sum(status not in ('ready', 'failed')) as unfinished, count(*) as total, min(created_at) as created_at
     from uploads where user_id = ? group by batch having unfinished > 0 order by created_at desc limit 20`,
  );
  return {
    async create(record) {
      db.transaction(() => insert.run({ ...record, version: bump() }))();
    },
    async get(uploadId) {
      const row = select.get(uploadId);
      return row ? toRecord(row) : null;
    },
    async setOffset(uploadId, offset) {
      // A deferred-length upload learns its size from its bytes.
      change(uploadId, (row) =>
        offset > row.offset && row.status === 'uploading'
          ? { offset, size: Math.max(row.size, offset) }
          : null,
      );
    },
    async setStatus(uploadId, status, error) {
      change(uploadId, (row) => {
        if (order[status] < order[row.status] || row.status === 'failed' || row.status === 'ready')
          return null;
        return { status, error_code: error?.code ?? null, error_message: error?.message ?? null };
      });
    },
    async attachPart(uploadId, partId) {
      change(uploadId, (row) => (row.part_id === partId ? null : { part_id: partId }));
    },
    async applyPartChange(uploadId, part) {
      change(uploadId, (row) => {
        if (row.status === 'ready' || row.status === 'failed') return null;
        const status: UploadStatus =
          part.status === 'ready' || part.status === 'failed' ? part.status : 'processing';
        const progress = status === 'ready' ? 1 : Math.max(row.progress, part.progress);
        if (status === row.status && progress === row.progress) return null;
        return {
          status,
          progress,
          offset: row.size,
          error_code: part.error?.code ?? null,
          error_message: part.error?.message ?? null,
        };
      });
    },
    async changedSince(userId, batch, since) {
      const rows = changed.all(userId, batch, since);
      const version = rows.reduce((max, row) => Math.max(max, row.version), since);
      return { version, items: rows.map(toProgress) };
    },
    async hasBatch(userId, batch) {
      return (
        db.prepare('select 1 from uploads where user_id = ? and batch = ? limit 1').get(userId, batch) !==
        undefined
      );
    },
    async batches(userId) {
      return batches.all(userId);
    },
    async awaitingPart() {
      const rows = db
        .prepare<[], Row>(`select * from uploads where status = 'processing' and part_id is null`)
        .all();
      return rows.map(toRecord);
    },
    async remove(uploadId) {
      db.prepare('delete from uploads where upload_id = ?').run(uploadId);
    },
    close: () => db.close(),
  };
}
