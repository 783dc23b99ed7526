import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convexHull } from './min-width.ts';

/** Monotone chain over the builtin comparator sort: the hull as it was computed before the inline sort. */
function referenceHull(poly: number[]): [number, number][] {
  const n = poly.length >> 1;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => poly[2 * a]! - poly[2 * b]! || poly[2 * a + 1]! - poly[2 * b + 1]!,
  );
  const pts: [number, number][] = [];
  for (const i of order) {
    const last = pts[pts.length - 1];
    if (!last || last[0] !== poly[2 * i] || last[1] !== poly[2 * i + 1])
      pts.push([poly[2 * i]!, poly[2 * i + 1]!]);
  }
  if (pts.length < 3) return pts;
  const cross = (o: [number, number], a: [number, number], p: [number, number]): number =>
    (a[0] - o[0]) * (p[1] - o[1]) - (a[1] - o[1]) * (p[0] - o[0]);
  const lower: [number, number][] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0)
      lower.pop();
    lower.push(p);
  }
  const upper: [number, number][] = [];
  for (let k = pts.length - 1; k >= 0; k--) {
    const p = pts[k]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0)
      upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

describe('convexHull', () => {
  it('equals the monotone chain over the builtin sort, small and large inputs, repeated coordinates', () => {
    const coord = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -100, max: 100, noNaN: true }));
    fc.assert(
      fc.property(fc.array(fc.tuple(coord, coord), { minLength: 0, maxLength: 150 }), (points) => {
        const poly = points.flat();
        expect(convexHull(poly)).toEqual(referenceHull(poly));
      }),
      { numRuns: 500 },
    );
  });
});
