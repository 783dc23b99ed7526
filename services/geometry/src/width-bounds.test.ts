import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minWidth } from './min-width.ts';
import { bounds, widthBounds } from './width-bounds.ts';

/** Points of a turned, stretched, wobbly loop (a thin needle to a round blob), or scattered ones. */
const pointsArb = fc.oneof(
  fc
    .record({
      n: fc.integer({ min: 3, max: 300 }),
      rx: fc.double({ min: 0.001, max: 100, noNaN: true }),
      ry: fc.double({ min: 0, max: 100, noNaN: true }),
      turn: fc.double({ min: 0, max: Math.PI, noNaN: true }),
      wobble: fc.double({ min: 0, max: 0.9, noNaN: true }),
      cx: fc.double({ min: -1000, max: 1000, noNaN: true }),
    })
    .map(({ n, rx, ry, turn, wobble, cx }) => {
      const pts: number[] = [];
      for (let k = 0; k < n; k++) {
        const t = (2 * Math.PI * k) / n;
        const r = 1 + wobble * Math.sin(5 * t);
        const x = rx * r * Math.cos(t);
        const y = ry * r * Math.sin(t);
        pts.push(cx + x * Math.cos(turn) - y * Math.sin(turn), x * Math.sin(turn) + y * Math.cos(turn));
      }
      return pts;
    }),
  fc
    .array(
      fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true })),
      {
        minLength: 1,
        maxLength: 100,
      },
    )
    // Rounded to a micrometre: far below that, the hull's own cross products underflow to 0.
    .map((p) => p.flat().map((v) => Math.round(v * 1e6) / 1e6)),
);

describe('width bounds', () => {
  it('bracket the minimum width of the hull', () => {
    fc.assert(
      fc.property(pointsArb, (pts) => {
        const n = pts.length >> 1;
        widthBounds(Float64Array.from(pts), n);
        const w = minWidth(pts);
        const slack = 1e-12 * (bounds.size + w);
        expect(bounds.lower).toBeLessThanOrEqual(w + slack);
        expect(bounds.upper).toBeGreaterThanOrEqual(w - slack);
      }),
      { numRuns: 1000 },
    );
  });

  it('are close for a round shape, and the upper one exact for an axis-aligned or diagonal one', () => {
    const circle: number[] = [];
    for (let k = 0; k < 200; k++) circle.push(10 * Math.cos(k / 31.83), 10 * Math.sin(k / 31.83));
    widthBounds(Float64Array.from(circle), 200);
    expect(bounds.upper).toBeCloseTo(20, 2);
    // 20 less the box diagonal (20 * sqrt 2) times pi / 16: about 14.45.
    expect(bounds.lower).toBeGreaterThan(14.4);
    widthBounds(Float64Array.from([0, 0, 30, 0, 30, 4, 0, 4]), 4);
    expect(bounds.upper).toBe(4);
    const s = Math.SQRT1_2;
    widthBounds(Float64Array.from([0, 0, 30 * s, 30 * s, 30 * s - 4 * s, 30 * s + 4 * s, -4 * s, 4 * s]), 4);
    expect(bounds.upper).toBeCloseTo(4, 9);
  });
});
