import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lexOrder } from './lex-order.ts';

/** The points of `p` in the order given, as [x, y] pairs. */
function pointsIn(p: number[], order: ArrayLike<number>, n: number): [number, number][] {
  return Array.from({ length: n }, (_, k) => [
    p[2 * (order[k] as number)]!,
    p[2 * (order[k] as number) + 1]!,
  ]);
}

describe('lexOrder', () => {
  it('orders points by x then y, as the builtin sort does, on runs of any shape', () => {
    const coord = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -50, max: 50, noNaN: true }));
    const walk = fc
      .array(fc.tuple(fc.integer({ min: -2, max: 2 }), fc.integer({ min: -2, max: 2 }), fc.nat(5)), {
        maxLength: 300,
      })
      .map((steps) => {
        const p: number[] = [];
        let x = 0;
        let y = 0;
        for (const [dx, dy, len] of steps)
          for (let k = 0; k < len; k++) {
            x += dx;
            y += dy;
            p.push(x, y);
          }
        return p;
      });
    const scattered = fc.array(fc.tuple(coord, coord), { maxLength: 200 }).map((p) => p.flat());
    fc.assert(
      fc.property(fc.oneof(walk, scattered), (p) => {
        const n = p.length / 2;
        const expected = pointsIn(
          p,
          Array.from({ length: n }, (_, i) => i).sort(
            (a, b) => p[2 * a]! - p[2 * b]! || p[2 * a + 1]! - p[2 * b + 1]!,
          ),
          n,
        );
        const order = lexOrder(p, n);
        expect(pointsIn(p, order, n)).toEqual(expected);
        expect(new Set(Array.from(order.subarray(0, n))).size).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });

  it('handles large inputs and grows its buffers', () => {
    const n = 5000;
    const p: number[] = [];
    for (let i = 0; i < n; i++) p.push(Math.cos(i * 0.7) * 100, Math.sin(i * 1.3) * 100);
    const order = lexOrder(p, n);
    for (let k = 1; k < n; k++) {
      const a = order[k - 1]!;
      const b = order[k]!;
      expect(p[2 * a]! < p[2 * b]! || (p[2 * a] === p[2 * b] && p[2 * a + 1]! <= p[2 * b + 1]!)).toBe(true);
    }
  });
});
