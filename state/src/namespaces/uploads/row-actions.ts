// The actions a user takes on rows: retry, cancel, remove and select, one row or the selection.
import type { Context } from '../../config.ts';
import { dropRow, pump, resetRow, without } from './rows.ts';
import type { UploadRecord } from './state.ts';

function retryOne(context: Context, record: UploadRecord): void {
  const { state, effects, actions } = context;
  if (record.status !== 'failed' || !record.retryable) return;
  const hasFile = effects.uploads.files.get(record.id) !== null;
  if (hasFile && !record.partId) {
    const fresh = record.code === 'cancelled' || record.code === 'checksum-mismatch';
    const uploadId = fresh ? null : record.uploadId;
    resetRow(state.uploads, record, { status: 'queued' }, uploadId);
    if (fresh) void effects.uploads.files.update(record.id, { uploadId: null });
    if (record.size !== null) state.uploads.queue.push(record.id);
    else {
      // Cancelled before its size was read: measured (and kept) first, like a new file.
      state.uploads.measuring.push(record.id);
      effects.uploads.clock.after(0, () => actions.uploads.measureFiles());
    }
    return;
  }
  if (record.partId) void actions.uploads.reprocessRow(record.id);
}

/** Tries a failed row again: sends the file again (resuming where it stopped), or re-processes its part. */
export const retryUpload = (context: Context, id: string): void => {
  const record = context.state.uploads.byId[id];
  if (record) retryOne(context, record);
  pump(context);
};

/** Tries the selected failed rows again. */
export const retrySelected = (context: Context): void => {
  for (const id of selectedIds(context)) {
    const record = context.state.uploads.byId[id];
    if (record) retryOne(context, record);
  }
  pump(context);
};

/** Tries again every row that failed because the connection was lost (e.g. when the browser is back online). */
export const retryInterrupted = (context: Context): void => {
  for (const id of context.state.uploads.ids) {
    const record = context.state.uploads.byId[id];
    if (record?.status === 'failed' && record.code === 'network') retryOne(context, record);
  }
  pump(context);
};

function cancelOne({ state, effects }: Context, record: UploadRecord): void {
  if (record.status !== 'queued' && record.status !== 'hashing' && record.status !== 'uploading') return;
  without(state.uploads.queue, record.id);
  without(state.uploads.measuring, record.id);
  effects.uploads.progress.discard(record.id);
  const message = 'Cancelled; the upload was stopped.';
  resetRow(
    state.uploads,
    record,
    { status: 'failed', code: 'cancelled', message, retryable: true, partId: null },
    null,
  );
  if (record.uploadId) effects.uploads.batches.remove(record.batch, [record.uploadId]);
  void effects.uploads.transfer.terminate(record.id, record.uploadId);
}

/** Stops a row that is waiting, hashing or uploading (its upload is deleted on the server); it can be retried. */
export const cancelUpload = (context: Context, id: string): void => {
  const record = context.state.uploads.byId[id];
  if (record) cancelOne(context, record);
};

/** Stops the selected rows that are still waiting, hashing or uploading. */
export const cancelSelected = (context: Context): void => {
  for (const id of selectedIds(context)) {
    const record = context.state.uploads.byId[id];
    if (record) cancelOne(context, record);
  }
};

/** Removes rows: stops their uploads, deletes their parts on the server, and forgets them. */
export const removeUploads = (context: Context, ids: string[]): void => {
  const { state, effects, actions } = context;
  const uploads = state.uploads;
  const gone = new Set(ids.filter((id) => uploads.byId[id]));
  if (gone.size === 0) return;
  const touched = new Set<string>();
  for (const id of gone) {
    const record = uploads.byId[id] as UploadRecord;
    touched.add(record.batch);
    if (record.status === 'queued' || record.status === 'hashing' || record.status === 'uploading') {
      void effects.uploads.transfer.terminate(id, record.uploadId);
    }
    if (record.uploadId) {
      effects.uploads.batches.remove(record.batch, [record.uploadId]);
      delete uploads.byUploadId[record.uploadId];
    }
    const partId =
      record.status === 'ready' || record.status === 'processing' || record.status === 'failed'
        ? record.partId
        : null;
    if (partId) void actions.parts.deletePart(partId);
    effects.uploads.progress.discard(id);
    dropRow(uploads, id);
  }
  uploads.ids = uploads.ids.filter((id) => !gone.has(id));
  uploads.queue = uploads.queue.filter((id) => !gone.has(id));
  uploads.measuring = uploads.measuring.filter((id) => !gone.has(id));
  for (const batch of touched) {
    const followed = uploads.batches[batch];
    if (!followed) continue;
    followed.ids = followed.ids.filter((id) => !gone.has(id));
    if (followed.ids.length > 0) continue;
    delete uploads.batches[batch];
    without(uploads.batchIds, batch);
    effects.uploads.batches.forget(batch);
  }
  void effects.uploads.files.drop([...gone]);
};

/** Removes one row (see `removeUploads`). */
export const removeUpload = ({ actions }: Context, id: string): void => actions.uploads.removeUploads([id]);

/** Removes the selected rows. */
export const removeSelected = (context: Context): void =>
  context.actions.uploads.removeUploads(selectedIds(context));

function selectedIds({ state }: Context): string[] {
  return state.uploads.ids.filter((id) => state.uploads.selected[id] === true);
}

/** Selects or unselects one row. */
export const toggleSelected = ({ state }: Context, id: string): void => {
  if (!state.uploads.byId[id]) return;
  if (state.uploads.selected[id]) {
    delete state.uploads.selected[id];
    state.uploads.selectedCount -= 1;
  } else {
    state.uploads.selected[id] = true;
    state.uploads.selectedCount += 1;
  }
};

/** Selects every row (`true`) or none (`false`). */
export const selectAll = ({ state }: Context, selected: boolean): void => {
  state.uploads.selected = selected ? Object.fromEntries(state.uploads.ids.map((id) => [id, true])) : {};
  state.uploads.selectedCount = selected ? state.uploads.ids.length : 0;
};
