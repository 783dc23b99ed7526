import { aPart } from '@kerf/state/testing';
import type { UploadRecord } from '@kerf/state';
import { describe, expect, it } from 'vitest';
import { needsUnits, rowView } from './row-view.ts';

const base = { id: 'r', batch: 'b', name: 'a.dxf', size: 10, uploadId: null, attempt: 0 };
const unknownUnits = {
  code: 'units-unknown',
  severity: 'warning' as const,
  message: 'm',
  count: 1,
  where: [],
  details: {},
};

describe('rowView', () => {
  it('shows the upload bar while waiting, hashing and sending, which can be cancelled', () => {
    for (const record of [
      { ...base, status: 'queued' },
      { ...base, status: 'hashing' },
      { ...base, status: 'uploading', percent: 30 },
    ] as UploadRecord[]) {
      expect(rowView(record, null)).toMatchObject({
        status: record.status,
        bar: { phase: 'upload' },
        canCancel: true,
      });
    }
  });

  it('shows the processing bar, then the ready part with its facts', () => {
    expect(rowView({ ...base, status: 'processing', percent: 40, partId: 'p1' }, null)).toMatchObject({
      status: 'processing',
      bar: { phase: 'processing', percent: 40 },
      partId: 'p1',
    });
    const part = aPart('p1');
    expect(rowView({ ...base, status: 'ready', partId: 'p1' }, part)).toMatchObject({
      status: 'ready',
      part,
      needsUnits: false,
    });
    expect(rowView({ ...base, status: 'ready', partId: 'p1' }, null)).toMatchObject({
      status: 'ready',
      part: null,
    });
  });

  it('follows a part processed again after a units choice, and its failure', () => {
    const ready = { ...base, status: 'ready' as const, partId: 'p1' };
    expect(rowView(ready, aPart('p1', { status: 'processing', progress: 0.25 }))).toMatchObject({
      status: 'processing',
      bar: { percent: 25 },
    });
    expect(
      rowView(ready, aPart('p1', { status: 'failed', error: { code: 'time-limit', message: 'slow' } })),
    ).toMatchObject({
      status: 'failed',
      error: { code: 'time-limit' },
      canRetry: false,
    });
  });

  it('shows failures with their reason, retryable or not', () => {
    const failed = {
      ...base,
      status: 'failed' as const,
      code: 'network',
      message: 'lost',
      retryable: true,
      partId: null,
    };
    expect(rowView(failed, null)).toMatchObject({
      status: 'failed',
      bar: null,
      error: { code: 'network' },
      canRetry: true,
    });
  });

  it('asks for units only for ready parts flagged units-unknown without a choice', () => {
    expect(needsUnits(aPart('p', { problems: [unknownUnits] }))).toBe(true);
    expect(needsUnits(aPart('p', { problems: [unknownUnits], units_choice: 'inch' }))).toBe(false);
    expect(needsUnits(aPart('p', { problems: [unknownUnits], status: 'processing' }))).toBe(false);
    expect(needsUnits(aPart('p'))).toBe(false);
    expect(
      rowView({ ...base, status: 'ready', partId: 'p' }, aPart('p', { problems: [unknownUnits] })).needsUnits,
    ).toBe(true);
  });
});
