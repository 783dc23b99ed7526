import { json } from 'overmind';
import type { Context } from '../../config.ts';
import type { FileEntry } from './effects.ts';
import { refusal } from './lifecycle.ts';
import { rebuildBatch } from './restore.ts';
import { FIRST_ROWS, MEASURE_BUDGET_MS, MEASURE_CHUNK, pump, putRow, without } from './rows.ts';
import type { UploadBatch, UploadRecord, UploadsState } from './state.ts';
import { timed } from './timing.ts';

/**
 * Adds dropped files as one batch. The first `FIRST_ROWS` files become rows at once, the rest in the
 * next few tasks in growing slices (see `addMoreFiles`): each new row in view costs the page its first
 * render (a few milliseconds), so a thousand-file drop must not put a screenful of them in one task.
 * Names that are not `.dxf` fail right away with the reason; the other files are measured (empty or
 * over 50 MiB fail too) a few at a time (see `measureFiles`), since the first read of a picked file's
 * size is a disk access, then queue for upload. Resolves every new row's id, in order.
 */
export const addFiles = (context: Context, files: File[]): string[] =>
  timed('addFiles', () => {
    const { state, effects } = context;
    if (files.length === 0) return [];
    const batch = effects.uploads.ids.next();
    state.uploads.batches[batch] = { id: batch, version: 0, ids: [], active: 0 };
    state.uploads.batchIds.push(batch);
    effects.uploads.batches.remember(batch);
    const ids = files.map(() => effects.uploads.ids.next());
    addSlice(context, { batch, files, ids, from: 0 });
    return ids;
  });

/** The rest of a drop that `addFiles` has not shown yet. */
export interface DropSlice {
  batch: string;
  files: File[];
  ids: string[];
  /** The first file not yet a row. */
  from: number;
}

/** Adds the next slice of a big drop's rows (as many as all before), then schedules the rest. */
export const addMoreFiles = (context: Context, slice: DropSlice): void =>
  timed('addMoreFiles', () => addSlice(context, slice));

function addSlice(context: Context, { batch, files, ids, from }: DropSlice): void {
  const { state, effects, actions } = context;
  const uploads = state.uploads;
  const followed = uploads.batches[batch];
  if (!followed) return; // the batch was removed meanwhile: so is the rest of the drop
  const to = Math.min(files.length, from === 0 ? FIRST_ROWS : from * 2);
  // The rows are built as plain objects and enter the state in one change (not one per row).
  const rows: string[] = [];
  const added: Record<string, UploadRecord> = {};
  const measure: FileEntry[] = [];
  let failed = 0;
  for (let i = from; i < to; i += 1) {
    const file = files[i]!;
    const id = ids[i]!;
    const base = { id, batch, name: file.name, size: null, uploadId: null, attempt: 0 };
    const refused = refusal({ name: file.name, size: null });
    added[id] = refused
      ? { ...base, status: 'failed', ...refused, retryable: false, partId: null }
      : { ...base, status: 'queued' };
    rows.push(id);
    if (refused) failed += 1;
    else measure.push({ id, batch, file, sha256: null, uploadId: null });
  }
  uploads.byId = Object.assign(json(uploads.byId), added);
  uploads.tally.queued += measure.length;
  uploads.tally.failed += failed;
  followed.ids.push(...rows);
  uploads.ids.push(...rows);
  if (to < files.length)
    effects.uploads.clock.after(0, () => actions.uploads.addMoreFiles({ batch, files, ids, from: to }));
  if (measure.length === 0) return;
  effects.uploads.files.hold(measure);
  const idle = uploads.measuring.length === 0; // else a measuring task is already on its way
  uploads.measuring.push(...measure.map((entry) => entry.id));
  if (idle) actions.uploads.measureFiles();
}

/**
 * Reads and checks the sizes of the next dropped files (fifty at most, fewer when the reads are slow:
 * see `MEASURE_BUDGET_MS`), keeps them for a reload, queues them for upload, and comes back in the
 * next task for the rest.
 */
export const measureFiles = (context: Context): void => timed('measureFiles', () => measureChunk(context));

function measureChunk(context: Context): void {
  const { state, effects, actions } = context;
  const uploads = state.uploads;
  const started = effects.uploads.clock.now();
  const keep: FileEntry[] = [];
  for (let count = 0; count < MEASURE_CHUNK && uploads.measuring.length > 0; count += 1) {
    if (count > 0 && effects.uploads.clock.now() - started >= MEASURE_BUDGET_MS) break;
    const id = uploads.measuring.shift() as string;
    const record = uploads.byId[id];
    const entry = effects.uploads.files.get(id);
    if (record?.status !== 'queued' || !entry) continue; // cancelled or removed meanwhile
    const size = entry.file.size;
    record.size = size;
    const refused = refusal({ name: entry.file.name, size });
    if (refused) {
      putRow(uploads, { ...record, size, status: 'failed', ...refused, retryable: false, partId: null });
      continue;
    }
    keep.push(entry);
    uploads.queue.push(id);
  }
  void effects.uploads.files.keep(keep);
  pump(context);
  if (uploads.measuring.length > 0) effects.uploads.clock.after(0, () => actions.uploads.measureFiles());
}

/** A batch by id (a function call, so that earlier checks of the same key do not narrow it). */
function batchOf(uploads: UploadsState, batch: string): UploadBatch | undefined {
  return uploads.batches[batch];
}

/**
 * Rebuilds the rows after a reload from the batches this browser follows and the caller's batches
 * with unfinished uploads, then resumes what can be resumed. Runs once; again only after a failure.
 */
export const restore = async (context: Context): Promise<void> => {
  const { state, effects, actions } = context;
  const uploads = state.uploads;
  if (uploads.restore.status === 'loading' || uploads.restore.status === 'done') return;
  uploads.restore = { status: 'loading', error: null };
  const listed = await effects.uploads.api.listBatches();
  if (!listed.ok) {
    uploads.restore = { status: 'failed', error: listed.problem.detail || listed.problem.title };
    return;
  }
  const candidates = [...new Set([...effects.uploads.batches.list(), ...listed.data.map((b) => b.batch)])];
  const ready: string[] = [];
  for (const batch of candidates.filter((id) => !uploads.batches[id])) {
    const [answer, entries] = await Promise.all([
      effects.uploads.api.readBatch(batch, 0),
      effects.uploads.files.load(batch),
    ]);
    if (!answer.ok) {
      if (answer.problem.status === 400 || answer.problem.status === 404)
        effects.uploads.batches.forget(batch);
      else {
        uploads.restore = { status: 'failed', error: answer.problem.detail || answer.problem.title };
        return;
      }
      continue;
    }
    if (uploads.batches[batch]) continue; // rebuilt meanwhile by a concurrent call
    const queue = rebuildBatch(context, answer.data, entries);
    const rebuilt = batchOf(uploads, batch);
    if (!rebuilt || rebuilt.ids.length === 0) {
      delete uploads.batches[batch];
      without(uploads.batchIds, batch);
      effects.uploads.batches.forget(batch);
      continue;
    }
    effects.uploads.batches.remember(batch);
    uploads.queue.push(...queue);
    for (const id of rebuilt.ids) {
      const record = uploads.byId[id];
      if (record?.status === 'ready') ready.push(record.partId);
    }
  }
  uploads.restore = { status: 'done', error: null };
  pump(context);
  if (ready.length > 0) actions.parts.loadParts(ready);
  actions.uploads.startPolling();
};

/** A pushed change about a part: a hint that the batch progress moved, so the poll looks now. */
export const partChanged = ({ effects, actions }: Context): void => {
  if (effects.uploads.poll.status() === 'stopped') actions.uploads.startPolling();
  else effects.uploads.poll.wake();
};
