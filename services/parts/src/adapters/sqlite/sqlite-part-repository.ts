import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { PartRepository, RunKey, Visibility } from '../../ports/part-repository.ts';
import type { PartProgress, PartStatus } from '../../ports/records.ts';
import { errorOf, partFromRow, rowFromPart } from './part-row.ts';
import type { PartsDatabase } from './schema.ts';

type PartsQuery = SelectQueryBuilder<PartsDatabase, 'parts', object>;

/**
 * Every column but the preview, which lists leave out unless asked and writes never read back (it
 * can be megabytes of path data; events do not carry it).
 */
const summaryColumns = [
  'id',
  'company_id',
  'owner_id',
  'upload_id',
  'blob_key',
  'original_name',
  'size_bytes',
  'sha256',
  'units_choice',
  'status',
  'progress',
  'revision',
  'geometry',
  'problems',
  'error_code',
  'error_message',
  'created_at',
  'updated_at',
  'processed_at',
  'deleted_at',
] as const;

/** Runs that have not ended yet: only these accept progress and results. */
const unfinished: PartStatus[] = ['queued', 'processing'];

/** The `parts` table, in the service's SQL database (SQLite or PostgreSQL). */
export function sqlitePartRepository(db: Kysely<PartsDatabase>): PartRepository {
  const visible = (query: PartsQuery, visibility: Visibility): PartsQuery => {
    const live = query.where('deleted_at', 'is', null);
    return visibility.company === null ? live : live.where('company_id', '=', visibility.company);
  };
  const updateRun = (run: RunKey, statuses: readonly PartStatus[]) =>
    db
      .updateTable('parts')
      .where('id', '=', run.id)
      .where('revision', '=', run.revision)
      .where('sha256', '=', run.sha256)
      .where('deleted_at', 'is', null)
      .where('status', 'in', statuses);

  return {
    async insert(part) {
      await db.insertInto('parts').values(rowFromPart(part)).execute();
    },
    async findById(id, visibility) {
      const row = await visible(db.selectFrom('parts'), visibility)
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? partFromRow(row) : null;
    },
    async findByUpload(company, uploadId) {
      const row = await db
        .selectFrom('parts')
        .selectAll()
        .where('company_id', '=', company)
        .where('upload_id', '=', uploadId)
        .executeTakeFirst();
      return row ? { part: partFromRow(row), deleted: row.deleted_at !== null } : null;
    },
    async list(query) {
      let filtered = visible(db.selectFrom('parts'), query.visibility);
      if (query.status) filtered = filtered.where('status', '=', query.status);
      if (query.company) filtered = filtered.where('company_id', '=', query.company);
      if (query.ids) {
        if (query.ids.length === 0) return { count: 0, items: [] };
        filtered = filtered.where('id', 'in', [...query.ids]);
      }
      const counted = await filtered
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      let page = query.withPreview ? filtered.selectAll() : filtered.select([...summaryColumns]);
      for (const term of query.ordering) page = page.orderBy(term.field, term.descending ? 'desc' : 'asc');
      const rows = await page.orderBy('id').limit(query.limit).offset(query.offset).execute();
      return { count: Number(counted.n), items: rows.map((row) => partFromRow(row)) };
    },
    async progress(ids, visibility) {
      if (ids.length === 0) return [];
      const rows = await visible(db.selectFrom('parts'), visibility)
        .select(['id', 'status', 'progress', 'revision', 'error_code', 'error_message'])
        .where('id', 'in', [...ids])
        .execute();
      const byId = new Map(
        rows.map((row): [string, PartProgress] => [
          row.id,
          {
            id: row.id,
            status: row.status as PartStatus,
            progress: row.progress,
            revision: row.revision,
            error: errorOf(row.error_code, row.error_message),
          },
        ]),
      );
      return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
    },
    async markDeleted(id, at) {
      const now = at.toISOString();
      await db.updateTable('parts').set({ deleted_at: now, updated_at: now }).where('id', '=', id).execute();
    },
    async requeue(id, revision, unitsChoice, at) {
      const row = await db
        .updateTable('parts')
        .set({
          revision,
          units_choice: unitsChoice,
          status: 'queued',
          progress: 0,
          geometry: null,
          problems: '[]',
          preview: null,
          error_code: null,
          error_message: null,
          updated_at: at.toISOString(),
          processed_at: null,
        })
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .returning([...summaryColumns])
        .executeTakeFirst();
      return row ? partFromRow(row) : null;
    },
    async startProcessing(run, at) {
      const row = await updateRun(run, ['queued'])
        .set({ status: 'processing', updated_at: at.toISOString() })
        .returning([...summaryColumns])
        .executeTakeFirst();
      return row ? partFromRow(row) : null;
    },
    async raiseProgress(run, progress, at) {
      // The `progress < ?` guard is what keeps progress monotonic across retries and restarts.
      const row = await updateRun(run, ['processing'])
        .where('progress', '<', progress)
        .set({ progress, updated_at: at.toISOString() })
        .returning([...summaryColumns])
        .executeTakeFirst();
      return row ? partFromRow(row) : null;
    },
    async recordReady(run, result, at) {
      const now = at.toISOString();
      const row = await updateRun(run, unfinished)
        .set({
          status: 'ready',
          progress: 1,
          geometry: JSON.stringify(result.geometry),
          problems: JSON.stringify(result.problems),
          preview: JSON.stringify(result.preview),
          error_code: null,
          error_message: null,
          updated_at: now,
          processed_at: now,
        })
        .returning([...summaryColumns])
        .executeTakeFirst();
      return row ? partFromRow(row) : null;
    },
    async recordFailure(run, error, at) {
      const now = at.toISOString();
      const row = await updateRun(run, unfinished)
        .set({
          status: 'failed',
          error_code: error.code,
          error_message: error.message,
          updated_at: now,
          processed_at: now,
        })
        .returning([...summaryColumns])
        .executeTakeFirst();
      return row ? partFromRow(row) : null;
    },
  };
}
