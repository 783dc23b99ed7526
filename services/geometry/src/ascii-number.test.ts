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
