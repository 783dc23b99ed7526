import { describe, expect, it } from 'vitest';
import type { QuoteLine } from '@kerf/state';
import { lineCosts, lineProblems, lineShares } from './line-view.ts';

const base = {
  id: 'l1',
  shares: { machine: 0.5, material: 0.3, setup: 0.2, minimum_charge: 0, lead_time: 0 },
  problems: [
    { code: 'text-not-cut', severity: 'warning', message: 'text' },
    { code: 'open-contour', severity: 'error', message: 'open' },
  ],
} as unknown as QuoteLine;

describe('line view', () => {
  it('customers: public shares, no costs', () => {
    expect(lineShares(base).map((s) => s.key)).toEqual([
      'machine',
      'material',
      'setup',
      'minimum_charge',
      'lead_time',
    ]);
    expect(lineCosts(base)).toBeNull();
  });

  it('the shop: shares with the margin, every cost term and the machine time', () => {
    const line = {
      ...base,
      breakdown: {
        shares: { machine: 0.4, material: 0.2, setup: 0.2, margin: 0.2, minimum_charge: 0, lead_time: 0 },
        amounts_cents: {
          machine: 400,
          material: 200,
          setup: 200,
          subtotal: 800,
          margin: 200,
          minimum_charge: 0,
          lead_time: 0,
        },
        times_s: { machine: 163 },
      },
    } as unknown as QuoteLine;
    expect(lineShares(line).find((s) => s.key === 'margin')?.share).toBe(0.2);
    expect(lineCosts(line)).toEqual({
      amounts: [
        { key: 'machine', cents: 400 },
        { key: 'material', cents: 200 },
        { key: 'setup', cents: 200 },
        { key: 'subtotal', cents: 800 },
        { key: 'margin', cents: 200 },
        { key: 'minimum_charge', cents: 0 },
        { key: 'lead_time', cents: 0 },
      ],
      machineSeconds: 163,
    });
  });

  it('puts blocking problems first', () => {
    expect(lineProblems(base).map((p) => p.code)).toEqual(['open-contour', 'text-not-cut']);
  });
});
