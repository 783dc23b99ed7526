import { describe, expect, it } from 'vitest';
import { eurDecimal, formatEur, formatMm, formatSize, isoDate, leadTimeLabel } from './format.ts';

describe('export formats', () => {
  it('writes cents as euros with two decimals, grouped for people and plain for spreadsheets', () => {
    expect(eurDecimal(0)).toBe('0.00');
    expect(eurDecimal(5)).toBe('0.05');
    expect(eurDecimal(3307)).toBe('33.07');
    expect(eurDecimal(123456789)).toBe('1234567.89');
    expect(eurDecimal(-1250)).toBe('-12.50');
    expect(formatEur(0)).toBe('EUR 0.00');
    expect(formatEur(331)).toBe('EUR 3.31');
    expect(formatEur(100000)).toBe('EUR 1,000.00');
    expect(formatEur(123456789)).toBe('EUR 1,234,567.89');
    expect(formatEur(-99999)).toBe('-EUR 999.99');
  });

  it('writes sizes to a tenth of a millimetre without trailing zeros', () => {
    expect(formatMm(200)).toBe('200');
    expect(formatMm(12.7)).toBe('12.7');
    expect(formatMm(12.74)).toBe('12.7');
    expect(formatMm(0.04)).toBe('0');
    expect(formatSize({ width: 200, height: 99.96 })).toBe('200 x 100 mm');
  });

  it('labels lead times and cuts timestamps to their day', () => {
    expect(leadTimeLabel('standard')).toBe('Standard');
    expect(leadTimeLabel('express')).toBe('Express');
    expect(leadTimeLabel('same_day')).toBe('Same day');
    expect(isoDate('2026-03-01T10:00:00.000Z')).toBe('2026-03-01');
    expect(isoDate('2026-03-31')).toBe('2026-03-31');
  });
});
