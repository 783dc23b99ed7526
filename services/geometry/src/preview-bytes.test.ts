import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ByteOut,
  NUM_BYTES,
  num,
  roundHalfUp,
  writeHundredthsL,
  writeHundredthsSpace,
} from './preview-bytes.ts';

describe('preview bytes', () => {
  it('rounds as Math.round does, ties and the value below one half included', () => {
    const edge = [0.49999999999999994, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, -0.49999999999999994, 0, -0];
    for (let k = 1; k < 2 ** 31; k *= 3) edge.push(k + 0.5, -k - 0.5, k - 0.5, k + 0.49999999999999994);
    for (const x of edge) expect(Object.is(roundHalfUp(x) | 0, Math.round(x) | 0)).toBe(true);
    fc.assert(
      fc.property(fc.double({ min: -2147483000, max: 2147483000, noNaN: true }), (x) => {
        expect(roundHalfUp(x)).toBe(Math.round(x) || 0);
      }),
      { numRuns: 20000 },
    );
  });

  it('writes coordinates as bytes exactly as the string formatter does', () => {
    const values = [
      0,
      -0,
      0.004,
      -0.004,
      0.005,
      -0.005,
      1,
      -1,
      0.1,
      0.01,
      0.09,
      0.1 + 0.2,
      12.345,
      -99.995,
      1e12 + 0.015,
    ];
    values.push(1e13, 9.99e12, 1e15, 1e20, 1e22, -1e25, NaN, Infinity, -Infinity, 2 ** 53);
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 20000; i++) values.push((rnd() - 0.5) * 10 ** Math.floor(rnd() * 16 - 3));
    const out = new ByteOut();
    const ends: number[] = [];
    for (const v of values) {
      out.reserve(64);
      out.num(v);
      ends.push(out.n);
    }
    const all = new TextDecoder().decode(out.b.subarray(0, out.n));
    let from = 0;
    values.forEach((v, k) => {
      expect(all.slice(from, ends[k])).toBe(num(v));
      from = ends[k] as number;
    });
  });

  it('writes every hundredth up to and across the table limit as the string formatter does', () => {
    // All integer parts 0..10,099 (the table and the first beyond it), signs and all decimals.
    const out = new ByteOut();
    const td = new TextDecoder();
    for (let r = -1_010_000; r <= 1_010_000; r += 1 + (r & 1) * 6) {
      out.n = 0;
      out.num(r / 100);
      expect(td.decode(out.b.subarray(0, out.n))).toBe(num(r / 100));
    }
  });

  it('keeps the bytes written before and after each number (the four-byte stores overlap only what follows)', () => {
    const out = new ByteOut();
    const values = [0, 7, -0.5, 12.3, 9999.99, 10000, -123.45, 1e9, 0.01];
    for (const v of values) {
      out.num(v);
      out.reserve(1);
      out.b[out.n++] = 124; // '|'
    }
    expect(new TextDecoder().decode(out.b.subarray(0, out.n))).toBe(values.map((v) => num(v) + '|').join(''));
  });

  it('writes a coordinate and its separator (space after x, L after y) in the same stores', () => {
    const out = new ByteOut();
    const td = new TextDecoder();
    for (let r = -1_010_000; r <= 1_010_000; r += 1 + (r & 3) * 5) {
      out.n = 0;
      out.reserve(2 * NUM_BYTES + 2);
      const end = writeHundredthsL(out.b, out.v, writeHundredthsSpace(out.b, out.v, 0, r), -r);
      expect(td.decode(out.b.subarray(0, end))).toBe(`${num(r / 100)} ${num(-r / 100)}L`);
    }
  });
});
