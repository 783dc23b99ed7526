import type { components } from '@kerf/openapi/bff';
import type { UploadPhase, UploadRecord, UploadStatus } from './state.ts';

/** One upload as the batch progress endpoint reports it. */
export type UploadProgress = components['schemas']['UploadProgress'];

/** The largest file the BFF accepts: 50 MiB. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

const RANK: Record<UploadStatus, number> = {
  queued: 0,
  hashing: 1,
  uploading: 2,
  processing: 3,
  ready: 4,
  failed: 4,
};

/** Whether a row has reached its end (only an explicit retry moves it again). */
export function isFinished(record: { status: UploadStatus }): boolean {
  return record.status === 'ready' || record.status === 'failed';
}

/** The row without its phase. */
export function baseOf(record: UploadRecord) {
  const { id, batch, name, size, uploadId, attempt } = record;
  return { id, batch, name, size, uploadId, attempt };
}

/**
 * The row after `next`, or `null` when `next` would move it backwards: rows only go forward through
 * queued -> hashing -> uploading -> processing -> ready | failed, and a percent never goes down.
 */
export function advance(record: UploadRecord, next: UploadPhase): UploadRecord | null {
  if (isFinished(record)) return null;
  if (RANK[next.status] > RANK[record.status]) return { ...baseOf(record), ...next };
  if (next.status !== record.status) return null;
  if (next.status === 'uploading' && record.status === 'uploading' && next.percent > record.percent) {
    return { ...record, percent: next.percent };
  }
  if (next.status === 'processing' && record.status === 'processing') {
    const percent = Math.max(record.percent, next.percent);
    const partId = record.partId ?? next.partId;
    if (percent !== record.percent || partId !== record.partId) return { ...record, percent, partId };
  }
  return null;
}

/** `sent` of `total` as a whole percent that reaches 100 only when everything is there. */
export function percentOf(sent: number, total: number): number {
  if (total <= 0) return 0;
  return sent >= total ? 100 : Math.min(99, Math.floor((sent / total) * 100));
}

/** Input errors of the file itself: retrying cannot help. */
const PERMANENT = new Set(['not-a-dxf', 'unreadable', 'too-complex', 'time-limit', 'memory-limit']);

/** Whether a failure reported by the server can be retried from this browser. */
export function serverFailureRetryable(
  code: string,
  can: { reupload: boolean; reprocess: boolean },
): boolean {
  if (PERMANENT.has(code)) return false;
  if (code === 'checksum-mismatch') return can.reupload;
  return can.reprocess || can.reupload;
}

/** The phase a row has according to the server. */
export function phaseFromServer(item: UploadProgress, can: { reupload: boolean }): UploadPhase {
  switch (item.status) {
    case 'uploading':
      return { status: 'uploading', percent: percentOf(item.offset, item.size) };
    case 'verifying':
      return { status: 'processing', percent: 0, partId: item.part_id };
    case 'processing':
      return { status: 'processing', percent: Math.round(item.progress * 100), partId: item.part_id };
    case 'ready':
      return item.part_id
        ? { status: 'ready', partId: item.part_id }
        : { status: 'processing', percent: 100, partId: null };
    case 'failed': {
      const code = item.error?.code ?? 'processing-failed';
      return {
        status: 'failed',
        code,
        message: item.error?.message ?? 'The file could not be processed.',
        retryable: serverFailureRetryable(code, { reupload: can.reupload, reprocess: item.part_id !== null }),
        partId: item.part_id,
      };
    }
  }
}

/**
 * Why a file is refused before it leaves the browser, or `null` when it may be sent. A `null` size
 * (not read yet) checks the name only.
 */
export function refusal(file: {
  name: string;
  size: number | null;
}): { code: string; message: string } | null {
  if (!/\.dxf$/i.test(file.name.trim())) {
    return { code: 'not-dxf-name', message: 'Only .dxf files can be quoted; this file was not sent.' };
  }
  if (file.size === null) return null;
  if (file.size === 0) return { code: 'empty-file', message: 'The file is empty; it was not sent.' };
  if (file.size > MAX_UPLOAD_BYTES) {
    return { code: 'too-large', message: 'The file is larger than 50 MiB; it was not sent.' };
  }
  return null;
}
