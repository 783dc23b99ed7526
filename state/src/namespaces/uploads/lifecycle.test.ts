import { describe, expect, it } from 'vitest';
import { advance, percentOf, phaseFromServer, refusal, type UploadProgress } from './lifecycle.ts';
import type { UploadRecord } from './state.ts';

const base = { id: 'r', batch: 'b', name: 'a.dxf', size: 10, uploadId: null, attempt: 0 };
const item = (patch: Partial<UploadProgress>): UploadProgress => ({
  upload_id: 'u',
  batch: 'b',
  name: 'a.dxf',
  size: 200,
  offset: 0,
  status: 'uploading',
  progress: 0,
  part_id: null,
  error: null,
  version: 1,
  ...patch,
});

describe('upload lifecycle', () => {
  it('only moves forward, and a percent never goes down', () => {
    const uploading: UploadRecord = { ...base, status: 'uploading', percent: 40 };
    expect(advance(uploading, { status: 'hashing' })).toBeNull();
    expect(advance(uploading, { status: 'uploading', percent: 30 })).toBeNull();
    expect(advance(uploading, { status: 'uploading', percent: 41 })).toMatchObject({ percent: 41 });
    const processing = advance(uploading, { status: 'processing', percent: 10, partId: null });
    expect(processing).toMatchObject({ status: 'processing', percent: 10 });
    expect(
      processing && 'percent' in processing && advance(processing, { status: 'uploading', percent: 99 }),
    ).toBeNull();
    expect(advance(processing!, { status: 'processing', percent: 5, partId: 'p' })).toMatchObject({
      percent: 10,
      partId: 'p',
    });
    const ready = advance(processing!, { status: 'ready', partId: 'p' })!;
    expect(
      advance(ready, { status: 'failed', code: 'x', message: 'm', retryable: false, partId: null }),
    ).toBeNull();
  });

  it('maps the server statuses to phases', () => {
    expect(phaseFromServer(item({ offset: 50 }), { reupload: true })).toEqual({
      status: 'uploading',
      percent: 25,
    });
    expect(phaseFromServer(item({ status: 'verifying' }), { reupload: true })).toMatchObject({
      status: 'processing',
      percent: 0,
    });
    expect(
      phaseFromServer(item({ status: 'processing', progress: 0.456, part_id: 'p' }), { reupload: false }),
    ).toEqual({
      status: 'processing',
      percent: 46,
      partId: 'p',
    });
    expect(phaseFromServer(item({ status: 'ready', part_id: 'p' }), { reupload: false })).toEqual({
      status: 'ready',
      partId: 'p',
    });
    const failed = (code: string, partId: string | null, reupload: boolean) =>
      phaseFromServer(item({ status: 'failed', part_id: partId, error: { code, message: 'm' } }), {
        reupload,
      });
    expect(failed('not-a-dxf', 'p', true)).toMatchObject({ retryable: false });
    expect(failed('checksum-mismatch', null, true)).toMatchObject({ retryable: true });
    expect(failed('checksum-mismatch', null, false)).toMatchObject({ retryable: false });
    expect(failed('processing-failed', 'p', false)).toMatchObject({ retryable: true, partId: 'p' });
  });

  it('reaches 100 % only when every byte is there', () => {
    expect([percentOf(0, 100), percentOf(999, 1000), percentOf(1000, 1000), percentOf(5, 0)]).toEqual([
      0, 99, 100, 0,
    ]);
  });

  it('refuses other names, empty files and files over 50 MiB before sending', () => {
    expect(refusal({ name: 'a.DXF', size: 1 })).toBeNull();
    expect(refusal({ name: 'a.dwg', size: 1 })?.code).toBe('not-dxf-name');
    expect(refusal({ name: 'a.dxf', size: 0 })?.code).toBe('empty-file');
    expect(refusal({ name: 'a.dxf', size: 50 * 1024 * 1024 })).toBeNull();
    expect(refusal({ name: 'a.dxf', size: 50 * 1024 * 1024 + 1 })?.code).toBe('too-large');
  });
});
