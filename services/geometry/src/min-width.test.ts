import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hypot } from './hypot.ts';
import { convexHull, minWidth } from './min-width.ts';

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

/** Rotating calipers as computed before (distance with the edge length and modulo per call): the reference width. */
function referenceWidth(poly: number[]): number {
  const h = referenceHull(poly);
  const n = h.length;
  if (n < 3) return 0;
  const dist = (i: number, k: number): number => {
    const [ax, ay] = h[i]!;
    const [bx, by] = h[(i + 1) % n]!;
    const [kx, ky] = h[k % n]!;
    const len = hypot(bx - ax, by - ay);
    return len === 0 ? 0 : Math.abs((bx - ax) * (ky - ay) - (by - ay) * (kx - ax)) / len;
  };
  let best = Infinity;
  let j = 1;
  for (let i = 0; i < n; i++) {
    if (j <= i) j = i + 1;
    while (dist(i, j + 1) >= dist(i, j) && j < i + n) j++;
    best = Math.min(best, dist(i, j));
  }
  return best;
}

/** A closed loop like a hole's polygon: points around an ellipse-ish shape, from any start, either direction, some repeated. */
const loopArb = fc
  .record({
    n: fc.integer({ min: 1, max: 400 }),
    start: fc.nat(),
    rev: fc.boolean(),
    rx: fc.double({ min: 0.01, max: 100, noNaN: true }),
    ry: fc.double({ min: 0, max: 100, noNaN: true }),
    cx: fc.double({ min: -1000, max: 1000, noNaN: true }),
    wobble: fc.double({ min: 0, max: 0.5, noNaN: true }),
    grid: fc.boolean(),
  })
  .map(({ n, start, rev, rx, ry, cx, wobble, grid }) => {
    const pts: number[] = [];
    for (let k = 0; k < n; k++) {
      const i = (rev ? n - k : k) + start;
      const t = (2 * Math.PI * i) / n;
      const r = 1 + wobble * Math.sin(7 * t);
      let x = cx + rx * r * Math.cos(t);
      let y = ry * r * Math.sin(t);
      if (grid) {
        x = Math.round(x);
        y = Math.round(y);
      }
      pts.push(x, y);
    }
    return pts;
  });

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

  it('equals the reference on loops (runs monotone in x, from any start and in both directions)', () => {
    fc.assert(
      fc.property(loopArb, (poly) => {
        expect(convexHull(poly)).toEqual(referenceHull(poly));
      }),
      { numRuns: 500 },
    );
  });
});

describe('minWidth', () => {
  it('equals the rotating calipers of before bit for bit, on loops and on scattered points', () => {
    const coord = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -100, max: 100, noNaN: true }));
    const scattered = fc.array(fc.tuple(coord, coord), { minLength: 0, maxLength: 150 }).map((p) => p.flat());
    fc.assert(
      fc.property(fc.oneof(loopArb, scattered), (poly) => {
        expect(minWidth(poly)).toBe(referenceWidth(poly));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the width of a slot and of a rectangle', () => {
    expect(minWidth([0, 0, 10, 0, 10, 2, 0, 2])).toBe(2);
    const slot: number[] = [];
    for (let k = 0; k <= 16; k++) slot.push(20 + Math.sin((Math.PI * k) / 16), Math.cos((Math.PI * k) / 16));
    for (let k = 0; k <= 16; k++) slot.push(-Math.sin((Math.PI * k) / 16), -Math.cos((Math.PI * k) / 16));
    expect(minWidth(slot)).toBeCloseTo(2, 12);
  });
});
