import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimal, scanFloat, scanned } from './ascii-number.ts';

describe('scanFloat', () => {
  it('reads what parseDecimal reads, or leaves the value to it (NaN), whatever the bytes around the digits', () => {
    // Bytes next to the digits and the point ('/' and ':'), NUL, a value at the very end of the bytes.
    const char = fc.constantFrom('0', '1', '9', '5', '.', '-', '+', ' ', '/', ':', '\0', 'e', '\t', '\r');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), fc.constantFrom('\n', '\r\n', ''), (chars, eol) => {
        const value = chars.join('');
        const bytes = new TextEncoder().encode(value + eol);
        const v = scanFloat(bytes, 0);
        if (v !== v) return;
        // The value ends before its blanks or line break, as the reader's value end does.
        expect(eol).not.toBe('');
        expect(scanned[1]).toBe(bytes.length);
        expect(Object.is(v, parseDecimal(bytes, 0, bytes.length - eol.length))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the usual shapes and stops at a line break', () => {
    const bytes = new TextEncoder().encode('  -12.50 \r\n3\n.5\n7.\n');
    expect(scanFloat(bytes, 0)).toBe(-12.5);
    expect(Array.from(scanned)).toEqual([9, 11]);
    expect(scanFloat(bytes, 11)).toBe(3);
    expect(scanFloat(bytes, 13)).toBe(0.5);
    expect(scanFloat(bytes, 16)).toBe(7);
    expect(scanFloat(new TextEncoder().encode('5'), 0)).toBeNaN(); // no line break: left to parseDecimal
    expect(scanFloat(new TextEncoder().encode('1/2\n'), 0)).toBeNaN();
    expect(scanFloat(new TextEncoder().encode('1:\n'), 0)).toBeNaN();
  });
});

describe('parseDecimal', () => {
  it('reads 16 to 19 significant digits as Number() does, leading zeros, blanks and the point anywhere', () => {
    const digit = fc.constantFrom('0', '1', '2', '4', '5', '7', '9');
    fc.assert(
      fc.property(
        fc.array(digit, { minLength: 12, maxLength: 24 }),
        fc.nat(28),
        fc.nat(4),
        fc.constantFrom('', '-', '+'),
        fc.constantFrom('', ' ', '  ', '\t'),
        (ds, at, zeros, sign, blank) => {
          const body = '0'.repeat(zeros) + ds.join('');
          const dot = Math.min(at, body.length);
          const value = `${blank}${sign}${body.slice(0, dot)}.${body.slice(dot)}${blank}`;
          const bytes = new TextEncoder().encode(`${value}\n`);
          expect(Object.is(parseDecimal(bytes, 0, bytes.length - 1), Number(value))).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('leaves what is not a plain long decimal to the general reading', () => {
    const read = (s: string): number => parseDecimal(new TextEncoder().encode(s), 0, s.length);
    // 16 to 19 digits within 22 decimals (read by longDecimal), and what goes the general way.
    for (const s of [
      '-12.345678901234567',
      '0.00012345678901234567',
      '1.2345678901234567e3',
      '12345678901234567890.5',
      '0.0000000000000000000000012345678901234567',
      '+1.234567890123456789',
    ])
      expect(read(s)).toBe(Number(s));
    expect(read('1.23456789012345.67')).toBe(Number.parseFloat('1.23456789012345.67'));
  });
});
