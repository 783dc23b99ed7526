import { describe, expect, it } from 'vitest';
import { seedMildSteelTable } from '../testing/worked-check.ts';
import { cuttingAt } from './cutting-at.ts';

describe('cuttingAt', () => {
  it('uses a row of the table as is', () => {
    expect(cuttingAt(seedMildSteelTable, 3, 'mild-steel')).toEqual({
      ok: true,
      data: { speedMmPerMin: 4100, pierceTimeS: 0.5 },
    });
  });

  it('interpolates speed and pierce time linearly between the two nearest rows', () => {
    const at = cuttingAt(seedMildSteelTable, 2.5, 'mild-steel');
    expect(at.ok && at.data.speedMmPerMin).toBeCloseTo(5050, 9);
    expect(at.ok && at.data.pierceTimeS).toBeCloseTo(0.4, 9);
    const seven = cuttingAt(seedMildSteelTable, 7, 'mild-steel');
    expect(seven.ok && seven.data.speedMmPerMin).toBeCloseTo(2450, 9);
    expect(seven.ok && seven.data.pierceTimeS).toBeCloseTo(1.5, 9);
    const nine = cuttingAt(seedMildSteelTable, 9, 'mild-steel');
    expect(nine.ok && nine.data.speedMmPerMin).toBeCloseTo(1900, 9);
    expect(nine.ok && nine.data.pierceTimeS).toBeCloseTo(2.0, 9);
  });

  it('reads the rows in any order', () => {
    const shuffled = [...seedMildSteelTable].reverse();
    expect(cuttingAt(shuffled, 5.5, 'mild-steel')).toEqual(cuttingAt(seedMildSteelTable, 5.5, 'mild-steel'));
  });

  it('refuses outside the table instead of extrapolating, naming the range', () => {
    for (const thickness of [0.5, 10.01, 25]) {
      const at = cuttingAt(seedMildSteelTable, thickness, 'mild-steel');
      expect(at).toEqual({
        ok: false,
        reason: {
          code: 'no-cutting-parameters',
          message: `mild-steel cannot be priced at ${thickness} mm: the cutting table covers 1-10 mm.`,
        },
      });
    }
  });

  it('refuses a quality without a table, and ignores rows with unusable numbers', () => {
    expect(cuttingAt([], 3, 'brass')).toMatchObject({ ok: false, reason: { code: 'no-cutting-parameters' } });
    const broken = [{ thicknessMm: 3, speedMmPerMin: 0, pierceTimeS: 1 }];
    expect(cuttingAt(broken, 3, 'brass')).toMatchObject({ ok: false });
  });
});
