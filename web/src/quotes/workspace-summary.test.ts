import type { UploadRecord, WorkspaceLine } from '@kerf/state';
import { aPreview } from '@kerf/state/testing';
import { describe, expect, it } from 'vitest';
import { workspaceSummary } from './workspace-summary.ts';

const row = (id: string, status: 'ready' | 'uploading' = 'ready'): UploadRecord =>
  status === 'ready'
    ? { id, batch: 'b', name: id, size: 1, uploadId: 'u', attempt: 0, status, partId: `p-${id}` }
    : { id, batch: 'b', name: id, size: 1, uploadId: 'u', attempt: 0, status, percent: 5 };
const line = (
  overrides: Omit<Partial<WorkspaceLine>, 'price'> & { price?: Partial<WorkspaceLine['price']> },
): WorkspaceLine => ({
  materialId: 'm1',
  quantity: 1,
  leadTime: 'standard',
  errors: {},
  ...overrides,
  price: { status: 'ready', request: 1, preview: aPreview(), error: null, ...overrides.price },
});

describe('workspaceSummary', () => {
  it('counts processed rows with a material, sums priced totals and tells blocked and pending apart', () => {
    const summary = workspaceSummary(
      {
        a: line({ price: { preview: aPreview({ total_cents: 1000 }) } }),
        b: line({ price: { preview: aPreview({ total_cents: 2500 }) } }),
        c: line({
          price: { preview: aPreview({ status: 'blocked', total_cents: null, unit_price_cents: null }) },
        }),
        d: line({ price: { status: 'loading', preview: null } }),
        e: line({ materialId: null, price: { status: 'idle', preview: null } }),
        f: line({ price: { status: 'waiting', preview: null } }),
        gone: line({}),
      },
      { a: row('a'), b: row('b'), c: row('c'), d: row('d'), e: row('e'), f: row('f', 'uploading') },
    );
    expect(summary).toEqual({ lines: 4, priced: 2, blocked: 1, pending: 1, totalCents: 3500 });
  });
});
