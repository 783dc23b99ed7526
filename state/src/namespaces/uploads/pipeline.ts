/**
 * The uploads namespace's inner actions: the upload of one row, progress batches, the poll loop.
 * Pages call the actions of `actions.ts`; these run on their behalf.
 */
import { json } from 'overmind';
import type { Context } from '../../config.ts';
import type { CollectedEntries } from '../../effects/collector.ts';
import type { PollOutcome } from '../../effects/timeout-poll.ts';
import type { BatchProgress } from './effects.ts';
import { isFinished, percentOf, phaseFromServer, serverFailureRetryable } from './lifecycle.ts';
import { batchNeedsPoll, moveRow, pump, resetRow, without } from './rows.ts';
import { timed } from './timing.ts';

/** Hashes (unless known) and sends one row, then hands the slot to the next waiting row. */
export const runUpload = async (context: Context, id: string): Promise<void> => {
  const { state, effects, actions } = context;
  const uploads = state.uploads;
  const attempt = uploads.byId[id]?.attempt ?? -1;
  const current = () => {
    const record = uploads.byId[id];
    return record && record.attempt === attempt ? record : null;
  };
  const release = () => {
    without(uploads.running, id);
    pump(context);
  };
  const entry = effects.uploads.files.get(id);
  if (!entry) {
    const code = 'file-missing';
    moveRow(uploads, id, {
      status: 'failed',
      code,
      message: 'The file is no longer available; drop it again.',
      retryable: false,
      partId: null,
    });
    return release();
  }
  let sha256 = entry.sha256;
  if (!sha256) {
    moveRow(uploads, id, { status: 'hashing' });
    sha256 = await effects.uploads.hasher.sha256(entry.file).catch(() => null);
    if (current()?.status !== 'hashing') return release(); // cancelled or removed meanwhile
    if (!sha256) {
      moveRow(uploads, id, {
        status: 'failed',
        code: 'unreadable-file',
        message: 'The file could not be read.',
        retryable: true,
        partId: null,
      });
      return release();
    }
    void effects.uploads.files.update(id, { sha256 });
  }
  moveRow(uploads, id, { status: 'uploading', percent: 0 });
  const record = current();
  if (!record) return release();
  const outcome = await effects.uploads.transfer.send(
    { key: id, file: entry.file, name: record.name, batch: record.batch, sha256, uploadId: record.uploadId },
    {
      onProgress: (sent, total) =>
        effects.uploads.progress.add(id, percentOf(sent, total), (entries) =>
          actions.uploads.applyProgress(entries),
        ),
      onUploadId: (uploadId) => actions.uploads.recordUploadId({ id, uploadId, attempt }),
    },
  );
  effects.uploads.progress.discard(id);
  const after = current();
  if (outcome.ok && after) {
    actions.uploads.recordUploadId({ id, uploadId: outcome.uploadId, attempt });
    moveRow(uploads, id, { status: 'processing', percent: 0, partId: null });
    void effects.uploads.files.drop([id]);
  } else if (!outcome.ok && !outcome.aborted && after) {
    const { code, message, retryable } = outcome;
    moveRow(uploads, id, { status: 'failed', code, message, retryable, partId: null });
  }
  release();
  if (outcome.ok && after) actions.uploads.startPolling();
};

/** Applies a batch of upload progress (one state change for every row that moved). */
export const applyProgress = ({ state }: Context, entries: CollectedEntries<number>): void => {
  for (const [id, percent] of entries) {
    const record = state.uploads.byId[id];
    if (record?.status === 'uploading' && percent > record.percent) record.percent = percent;
  }
};

/** The server named the row's upload: remember it (also for a reload) and apply what the poll saw early. */
export const recordUploadId = (
  context: Context,
  { id, uploadId, attempt }: { id: string; uploadId: string; attempt: number },
): void => {
  const { state, effects } = context;
  const record = state.uploads.byId[id];
  if (!record || record.attempt !== attempt || record.uploadId === uploadId) return;
  record.uploadId = uploadId;
  state.uploads.byUploadId[uploadId] = id;
  void effects.uploads.files.update(id, { uploadId });
  const early = state.uploads.unmatched[uploadId];
  if (early) {
    delete state.uploads.unmatched[uploadId];
    applyBatch(context, { batch: early.batch, version: early.version, items: [early] });
  }
};

/** Starts the batch poll loop (or wakes it up). */
export const startPolling = ({ effects, actions }: Context): void => {
  effects.uploads.poll.start(() => actions.uploads.pollOnce());
};

/** Applies one batch answer; resolves whether any row moved. */
function applyBatch(context: Context, answer: BatchProgress): boolean {
  const { state, effects, actions } = context;
  const uploads = state.uploads;
  const ready: string[] = [];
  const done: string[] = [];
  let changed = false;
  for (const item of answer.items) {
    const id = uploads.byUploadId[item.upload_id];
    const record = id ? uploads.byId[id] : undefined;
    if (!id || !record) {
      // Not known yet (its creation answer is still on its way), or removed: kept for the first case.
      uploads.unmatched[item.upload_id] = item;
      continue;
    }
    const reupload = effects.uploads.files.get(id) !== null;
    if (!moveRow(uploads, id, phaseFromServer(item, { reupload }))) continue;
    changed = true;
    const moved = uploads.byId[id];
    if (moved?.status === 'ready') ready.push(moved.partId);
    if (moved && isFinished(moved)) {
      // The server gave up on it: stop sending. (Past `uploading` the server has every byte already.)
      if (moved.status === 'failed' && uploads.running.includes(id)) void effects.uploads.transfer.pause(id);
      if (!(moved.status === 'failed' && moved.retryable && reupload && !moved.partId)) done.push(id);
    }
  }
  if (done.length > 0) void effects.uploads.files.drop(done);
  if (ready.length > 0) actions.parts.loadParts(ready);
  return changed;
}

/** One tick of the poll loop: one request per followed batch (never one per file), one after the other. */
export const pollOnce = async (context: Context): Promise<PollOutcome> => {
  const { state, effects } = context;
  const batches = state.uploads.batchIds.filter((batch) => batchNeedsPoll(state.uploads, batch));
  if (batches.length === 0) return 'done';
  let changed = false;
  let failed = false;
  for (const batch of batches) {
    const since = state.uploads.batches[batch]?.version ?? 0;
    const result = await effects.uploads.api.readBatch(batch, since);
    const followed = state.uploads.batches[batch];
    if (!result.ok || !followed) {
      failed ||= !result.ok;
      continue;
    }
    if (timed('applyBatch', () => applyBatch(context, result.data))) changed = true;
    followed.version = Math.max(followed.version, result.data.version);
  }
  if (!state.uploads.batchIds.some((batch) => batchNeedsPoll(state.uploads, batch))) return 'done';
  return failed ? 'failed' : changed ? 'changed' : 'unchanged';
};

/** Parts that were processed (again) settle their rows: ready, or failed with the part's reason. */
export const settleFromParts = (context: Context, parts: SettledPart[]): void =>
  timed('settleFromParts', () => settleRows(context, parts));

/** A part's outcome, as `settleFromParts` receives it. */
interface SettledPart {
  partId: string;
  status: 'ready' | 'failed' | 'queued' | 'processing';
  error: { code: string; message: string } | null;
}

function settleRows({ state, effects }: Context, parts: SettledPart[]): void {
  const byPart = new Map(parts.map((part) => [part.partId, part]));
  // The scan reads the plain rows (a thousand proxied reads cost tens of ms); moves go through the state.
  const rows = json(state.uploads.byId);
  for (const id of json(state.uploads.ids)) {
    const record = rows[id];
    if (record?.status !== 'processing' || !record.partId) continue;
    const part = byPart.get(record.partId);
    if (part?.status === 'ready') moveRow(state.uploads, id, { status: 'ready', partId: part.partId });
    else if (part?.status === 'failed') {
      const code = part.error?.code ?? 'processing-failed';
      const reupload = effects.uploads.files.get(id) !== null;
      moveRow(state.uploads, id, {
        status: 'failed',
        code,
        message: part.error?.message ?? 'The file could not be processed.',
        retryable: serverFailureRetryable(code, { reupload, reprocess: true }),
        partId: part.partId,
      });
    }
  }
}

/** Retries a row whose part failed: the part is processed again, and the row follows it. */
export const reprocessRow = async ({ state, actions }: Context, id: string): Promise<void> => {
  const record = state.uploads.byId[id];
  if (record?.status !== 'failed' || !record.partId) return;
  const partId = record.partId;
  resetRow(state.uploads, record, { status: 'processing', percent: 0, partId }, record.uploadId);
  const ok = await actions.parts.reprocessPart(partId);
  const row = state.uploads.byId[id];
  if (!ok && row?.status === 'processing') {
    const message = state.parts.errors[partId]?.message ?? 'The part could not be processed again.';
    resetRow(
      state.uploads,
      row,
      { status: 'failed', code: 'reprocess-failed', message, retryable: true, partId },
      row.uploadId,
    );
  }
};
