import { partNeedsUnits, type Part, type UploadRecord } from '@kerf/state';

/** What a row shows as its status; a part processed again (units, retry) shows as processing. */
export type DisplayStatus = 'queued' | 'hashing' | 'uploading' | 'processing' | 'ready' | 'failed';

/** A row as the table shows it: plain values read from the state while rendering. */
export interface RowView {
  status: DisplayStatus;
  /** The bar's phase and value; `null` when the row shows no bar (failed). */
  bar: { phase: 'upload' | 'processing'; percent: number } | null;
  /** Why it failed: a code to translate and the server's English message as a fallback. */
  error: { code: string; message: string } | null;
  /** The part, once its facts are there. */
  part: Part | null;
  partId: string | null;
  canRetry: boolean;
  canCancel: boolean;
  /** The part waits for a units choice (`units-unknown`, none chosen yet). */
  needsUnits: boolean;
}

/** Whether a part waits for the user to say mm or inch. */
export const needsUnits = partNeedsUnits;

/** The row view of an upload and (when known) its part. */
export function rowView(record: UploadRecord, part: Part | null): RowView {
  const base = {
    error: null,
    part: null,
    partId: null,
    canRetry: false,
    canCancel: false,
    needsUnits: false,
  };
  switch (record.status) {
    case 'queued':
    case 'hashing':
      return { ...base, status: record.status, bar: { phase: 'upload', percent: 0 }, canCancel: true };
    case 'uploading':
      return {
        ...base,
        status: 'uploading',
        bar: { phase: 'upload', percent: record.percent },
        canCancel: true,
      };
    case 'processing':
      return {
        ...base,
        status: 'processing',
        bar: { phase: 'processing', percent: record.percent },
        partId: record.partId,
      };
    case 'failed':
      return {
        ...base,
        status: 'failed',
        bar: null,
        error: { code: record.code, message: record.message },
        partId: record.partId,
        canRetry: record.retryable,
      };
    case 'ready':
      break;
  }
  const partId = record.partId;
  if (part?.status === 'queued' || part?.status === 'processing') {
    return {
      ...base,
      status: 'processing',
      bar: { phase: 'processing', percent: Math.round(part.progress * 100) },
      partId,
    };
  }
  if (part?.status === 'failed') {
    const error = part.error ?? { code: 'processing-failed', message: 'The file could not be processed.' };
    const permanent = ['not-a-dxf', 'unreadable', 'too-complex', 'time-limit', 'memory-limit'].includes(
      error.code,
    );
    return { ...base, status: 'failed', bar: null, error, part, partId, canRetry: !permanent };
  }
  return {
    ...base,
    status: 'ready',
    bar: { phase: 'processing', percent: 100 },
    part: part?.status === 'ready' ? part : null,
    partId,
    needsUnits: needsUnits(part),
  };
}
