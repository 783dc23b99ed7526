import type { Context } from '../../config.ts';
import type { BatchProgress, FileEntry } from './effects.ts';
import { isFinished, phaseFromServer } from './lifecycle.ts';
import { putRow } from './rows.ts';
import type { UploadRecord } from './state.ts';

/**
 * Rebuilds a batch's rows from the server's view (`since=0`) and the files kept for it: unfinished
 * uploads whose file is still here resume, files the server never saw start, and uploads whose file
 * is gone fail with a reason. Resolves the rows to put back in the upload queue.
 */
export function rebuildBatch(
  { state, effects }: Pick<Context, 'state' | 'effects'>,
  answer: BatchProgress,
  kept: FileEntry[],
): string[] {
  let entries = kept;
  const uploads = state.uploads;
  const batch = answer.batch;
  const removed = new Set(effects.uploads.batches.removed(batch));
  entries = adoptUnansweredUploads(answer, entries, removed, effects);
  const entryByUpload = new Map(entries.filter((e) => e.uploadId).map((e) => [e.uploadId as string, e]));
  const known = new Set(answer.items.map((item) => item.upload_id));
  const fresh = entries.filter((entry) => !entry.uploadId || !known.has(entry.uploadId));
  const freshNames = new Set(fresh.map((entry) => entry.file.name));
  uploads.batches[batch] = { id: batch, version: answer.version, ids: [], active: 0 };
  uploads.batchIds.push(batch);
  const rows: string[] = [];
  const queue: string[] = [];
  const drop: string[] = [];
  for (const item of answer.items) {
    if (removed.has(item.upload_id)) continue;
    const entry = entryByUpload.get(item.upload_id);
    // An upload whose creation answer never arrived was started again under a new id: hide the stray one.
    if (!entry && item.status === 'uploading' && freshNames.has(item.name)) continue;
    const id = entry?.id ?? item.upload_id;
    const phase = phaseFromServer(item, { reupload: entry !== undefined });
    const base = { id, batch, name: item.name, size: item.size, uploadId: item.upload_id, attempt: 0 };
    let record: UploadRecord = { ...base, ...phase };
    if (phase.status === 'uploading') {
      if (entry) queue.push(id);
      else {
        const message =
          'The upload was interrupted and the file is no longer in this browser; drop it again.';
        record = { ...base, status: 'failed', code: 'file-missing', message, retryable: false, partId: null };
      }
    } else if (entry && isFinished(record) && !(record.status === 'failed' && record.retryable))
      drop.push(entry.id);
    putRow(uploads, record);
    uploads.byUploadId[item.upload_id] = id;
    rows.push(id);
  }
  for (const entry of fresh) {
    const { id, file } = entry;
    putRow(uploads, {
      id,
      batch,
      name: file.name,
      size: file.size,
      uploadId: null,
      attempt: 0,
      status: 'queued',
    });
    rows.push(id);
    queue.push(id);
  }
  if (fresh.some((entry) => entry.uploadId)) {
    for (const entry of fresh)
      if (entry.uploadId) void effects.uploads.files.update(entry.id, { uploadId: null });
  }
  if (drop.length > 0) void effects.uploads.files.drop(drop);
  uploads.batches[batch]!.ids = rows;
  uploads.ids.push(...rows);
  return queue;
}

/**
 * Uploads the server received whole but this page never learnt the id of: the creation request
 * (which carries a small file's bytes) reached the server, and a reload cut its answer. Each is given
 * to the kept file of the same name and size that has no upload the server knows, so the file is shown
 * as the server has it instead of being uploaded a second time. Resolves the entries, adopted ones
 * with their upload id (also recorded in the journal). Unfinished ones (`uploading`) are not adopted:
 * the cut request may still hold the upload's lock on the server, so resuming it could wait for
 * ever; the file starts again and the stray is hidden (see `rebuildBatch`).
 */
function adoptUnansweredUploads(
  answer: BatchProgress,
  entries: FileEntry[],
  removed: ReadonlySet<string>,
  effects: Context['effects'],
): FileEntry[] {
  const claimed = new Set(entries.map((entry) => entry.uploadId));
  const unclaimed = answer.items.filter(
    (item) => item.status !== 'uploading' && !claimed.has(item.upload_id) && !removed.has(item.upload_id),
  );
  if (unclaimed.length === 0) return entries;
  const known = new Set(answer.items.map((item) => item.upload_id));
  return entries.map((entry) => {
    if (entry.uploadId && known.has(entry.uploadId)) return entry;
    const at = unclaimed.findIndex((item) => item.name === entry.file.name && item.size === entry.file.size);
    if (at < 0) return entry;
    const [item] = unclaimed.splice(at, 1);
    void effects.uploads.files.update(entry.id, { uploadId: item!.upload_id });
    return { ...entry, uploadId: item!.upload_id };
  });
}
