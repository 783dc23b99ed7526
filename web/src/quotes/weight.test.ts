import { describe, expect, it } from 'vitest';
import { partWeightKg } from './weight.ts';

describe('partWeightKg', () => {
  it('is net area × thickness × density, in kg', () => {
    // QUOTING.md's plate: 200 × 100 mm minus four Ø10 holes and a 50 × 30 cut-out, 3 mm mild steel.
    const net = 200 * 100 - 4 * Math.PI * 25 - 50 * 30;
    expect(partWeightKg(net, 3, 7850)).toBeCloseTo(0.4283, 4);
    expect(partWeightKg(1_000_000, 1, 1000)).toBe(1);
  });

  it('is null without a material or with facts that are not positive numbers', () => {
    expect(partWeightKg(20000, null, 7850)).toBeNull();
    expect(partWeightKg(null, 3, 7850)).toBeNull();
    expect(partWeightKg(0, 3, 7850)).toBeNull();
    expect(partWeightKg(Number.NaN, 3, 7850)).toBeNull();
  });
});
