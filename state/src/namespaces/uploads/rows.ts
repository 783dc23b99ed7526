import type { Context } from '../../config.ts';
import type { UploadPhase, UploadRecord, UploadStatus, UploadsState } from './state.ts';
import { advance } from './lifecycle.ts';

/** Uploads sent at the same time. */
export const MAX_CONCURRENT_UPLOADS = 4;

/** Files hashed at the same time. */
export const MAX_CONCURRENT_HASHES = 2;

/** How often progress reaches the state: every 250 ms at most, all changed rows at once. */
export const PROGRESS_INTERVAL_MS = 250;

/**
 * Rows a drop shows in its first task; each later task adds as many as all before it (4, 4, 8, 16,
 * ...), so that no task renders more than a handful of new rows in view (each costs its first render,
 * a few milliseconds), and a thousand files are all rows within nine tasks.
 */
export const FIRST_ROWS = 4;

/** Files whose size is read and checked per task after a drop (each first read is a disk access). */
export const MEASURE_CHUNK = 50;

/**
 * Milliseconds of measuring per task: a chunk stops early when its reads (and the keeping of the
 * files for a reload that follows them) take that long, so that no task of a big drop nears 50 ms.
 */
export const MEASURE_BUDGET_MS = 8;

const isActive = (status: UploadStatus | undefined) => status === 'uploading' || status === 'processing';

/** Puts a row in place (new or replaced; its batch exists), keeping the status tally and the batch's active count. */
export function putRow(uploads: UploadsState, record: UploadRecord): void {
  const before = uploads.byId[record.id]?.status;
  if (before !== record.status) {
    if (before) uploads.tally[before] -= 1;
    uploads.tally[record.status] += 1;
    const batch = uploads.batches[record.batch];
    if (batch && isActive(before) !== isActive(record.status))
      batch.active += isActive(record.status) ? 1 : -1;
  }
  uploads.byId[record.id] = record;
}

/** Forgets a row, keeping the status tally, the batch's active count and the selection count. */
export function dropRow(uploads: UploadsState, id: string): void {
  const record = uploads.byId[id];
  const before = record?.status;
  if (before) uploads.tally[before] -= 1;
  const batch = record ? uploads.batches[record.batch] : undefined;
  if (batch && isActive(before)) batch.active -= 1;
  if (uploads.selected[id]) uploads.selectedCount -= 1;
  delete uploads.byId[id];
  delete uploads.selected[id];
}

/** Moves a row forward (never backwards); resolves whether it moved. */
export function moveRow(uploads: UploadsState, id: string, next: UploadPhase): boolean {
  const record = uploads.byId[id];
  if (!record) return false;
  const updated = advance(record, next);
  if (!updated) return false;
  putRow(uploads, updated);
  return true;
}

/** Sets a row's phase regardless of order: only for explicit user actions (retry, cancel). */
export function resetRow(
  uploads: UploadsState,
  record: UploadRecord,
  next: UploadPhase,
  uploadId: string | null,
): void {
  const { id, batch, name, size, attempt } = record;
  if (record.uploadId && record.uploadId !== uploadId) delete uploads.byUploadId[record.uploadId];
  putRow(uploads, { id, batch, name, size, uploadId, attempt: attempt + 1, ...next });
}

/** Removes an id from a list in place, if it is there. */
export function without(list: string[], id: string): void {
  const at = list.indexOf(id);
  if (at >= 0) list.splice(at, 1);
}

/** Rows the server is working on, or sending: the poll loop follows their batches. */
export function batchNeedsPoll(uploads: UploadsState, batch: string): boolean {
  return (uploads.batches[batch]?.active ?? 0) > 0;
}

/** Gives free upload slots to waiting rows, first come first served. */
export function pump({ state, actions }: Pick<Context, 'state' | 'actions'>): void {
  const uploads = state.uploads;
  while (uploads.running.length < MAX_CONCURRENT_UPLOADS && uploads.queue.length > 0) {
    const id = uploads.queue.shift() as string;
    const status = uploads.byId[id]?.status;
    if (status !== 'queued' && status !== 'uploading') continue;
    uploads.running.push(id);
    void actions.uploads.runUpload(id);
  }
}
