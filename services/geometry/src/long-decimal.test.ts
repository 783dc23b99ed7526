import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimal } from './ascii-number.ts';
import { longDecimal } from './long-decimal.ts';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

/** `digits` with a decimal point `frac` places from the end (leading zeros as needed). */
function decimal(digits: string, frac: number): string {
  if (frac === 0) return digits;
  const padded = digits.padStart(frac + 1, '0');
  return `${padded.slice(0, -frac)}.${padded.slice(-frac)}`;
}

const longDigits = fc
  .bigInt({ min: 10n ** 15n, max: 10n ** 19n - 1n })
  .map((w) => w.toString())
  .filter((d) => d.length >= 16);

describe('longDecimal', () => {
  it('rounds 16 to 19 digits as Number() does, or declines', () => {
    let declined = 0;
    fc.assert(
      fc.property(longDigits, fc.integer({ min: 0, max: 22 }), (digits, frac) => {
        const text = decimal(digits, frac);
        const v = longDecimal(bytes(text), text.search(/[1-9]/), digits.length, -frac);
        if (v !== v) declined++;
        else expect(v).toBe(Number(text));
      }),
      { numRuns: 20000 },
    );
    // Declined: mostly integers above 2^53 that are exact ties (odd ones with an ulp of 2, ...).
    expect(declined).toBeLessThan(400);
  });

  it('declines or rounds to even on exact midpoints between doubles', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 2n ** 53n, max: 2n ** 62n }),
        fc.integer({ min: 0, max: 3 }),
        (x, zeros) => {
          // x rounded to a double, plus half its ulp: exactly between two doubles.
          const below = BigInt(Number(x));
          const ulp = BigInt(2 ** (Math.floor(Math.log2(Number(below))) - 52));
          const mid = (below + ulp / 2n).toString() + '0'.repeat(zeros);
          if (mid.length > 19) return;
          for (const step of zeros > 0 ? [0n, 1n, -1n] : [0n]) {
            // The midpoint itself, and a last-digit step above and below it (they must round apart).
            const digits = (BigInt(mid) + step).toString();
            const text = decimal(digits, zeros);
            const v = longDecimal(bytes(text), 0, digits.length, -zeros);
            if (v === v) expect(v).toBe(Number(text));
            else expect(step === 0n || Number.isInteger(Math.log2(Number(text)))).toBe(true); // ties, powers of two
          }
        },
      ),
    );
  });

  it('serves parseDecimal: shortest round-trip strings of doubles read back exactly', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), fc.boolean(), (v, neg) => {
        const text = ` ${neg ? '-' : ''}${v.toPrecision(17)} `;
        expect(parseDecimal(bytes(text), 0, text.length)).toBe(Number(text));
        expect(parseDecimal(bytes(String(v)), 0, String(v).length)).toBe(v);
      }),
      { numRuns: 5000 },
    );
  });
});
