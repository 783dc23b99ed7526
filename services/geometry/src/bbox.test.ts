import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addArcExtremesAt, addPointAt, addPrimsAt, clearBoxAt, primsSlack } from './bbox.ts';
import { PointBuf, flattenPrimsInto } from './flatten.ts';
import { PS, writeArc, writeSeg } from './prim-data.ts';

/** The box of an arc by dense sampling (points on the arc only: it lies inside the exact box). */
function sampledBox(pd: Float64Array): number[] {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const [cx, cy, ux, uy, vx, vy, t0, dt] = Array.from(pd.subarray(5, 13)) as number[];
  for (let k = 0; k <= 20000; k++) {
    const t = (t0 as number) + ((dt as number) * k) / 20000;
    const x = (cx as number) + (ux as number) * Math.cos(t) + (vx as number) * Math.sin(t);
    const y = (cy as number) + (uy as number) * Math.cos(t) + (vy as number) * Math.sin(t);
    box[0] = Math.min(box[0] as number, x);
    box[1] = Math.min(box[1] as number, y);
    box[2] = Math.max(box[2] as number, x);
    box[3] = Math.max(box[3] as number, y);
  }
  return box;
}

describe('addPrimsAt', () => {
  it('boxes rotated elliptical arcs of any sweep exactly (dense sampling agrees to its step)', () => {
    const coord = fc.double({ min: -100, max: 100, noNaN: true });
    const angle = fc.double({ min: -7, max: 7, noNaN: true });
    fc.assert(
      fc.property(
        coord,
        coord,
        coord,
        coord,
        angle,
        angle,
        fc.double({ min: 0.1, max: 1, noNaN: true }),
        (cx, cy, mx, my, rot, sweep, ratio) => {
          fc.pre(Math.hypot(mx, my) > 1);
          // Major axis (mx, my), minor axis perpendicular to it, scaled by ratio.
          const pd = new Float64Array(PS);
          writeArc(pd, 0, cx, cy, mx, my, -my * ratio, mx * ratio, rot, sweep);
          const box = new Float64Array(4);
          clearBoxAt(box, 0);
          addPrimsAt(box, 0, pd, new Float64Array(1), 0);
          const sampled = sampledBox(pd);
          const r = Math.hypot(mx, my);
          // The samples are 2e4 per sweep: they miss an extreme by at most r * (1 - cos(step / 2)).
          const slack = r * (1 - Math.cos(Math.abs(sweep) / 40000)) + 1e-9 * (r + 100);
          for (let k = 0; k < 4; k++) {
            expect(Math.abs((box[k] as number) - (sampled[k] as number))).toBeLessThanOrEqual(slack);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('boxes bulge arcs (axis-aligned U and V) and sweeps starting anywhere, turns beyond one included', () => {
    const coord = fc.double({ min: -100, max: 100, noNaN: true });
    fc.assert(
      fc.property(
        coord,
        coord,
        fc.double({ min: 0.5, max: 50, noNaN: true }),
        fc.double({ min: -40, max: 40, noNaN: true }),
        fc.double({ min: -6.2, max: 6.2, noNaN: true }),
        (cx, cy, r, t0, sweep) => {
          const pd = new Float64Array(PS);
          writeArc(pd, 0, cx, cy, r, 0, 0, r, t0, sweep);
          const box = new Float64Array(4);
          clearBoxAt(box, 0);
          addPrimsAt(box, 0, pd, new Float64Array(1), 0);
          const sampled = sampledBox(pd);
          const slack = r * (1 - Math.cos(Math.abs(sweep) / 40000)) + 1e-9 * (r + 100);
          for (let k = 0; k < 4; k++) {
            expect(Math.abs((box[k] as number) - (sampled[k] as number))).toBeLessThanOrEqual(slack);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('moves only the extreme coordinate: a short arc at the tip of a thin ellipse at 45 degrees', () => {
    // Major axis (10, 10), ratio 0.1: the x extreme is near the tip (7.1 + ..., 7.0 ...), far from cy = 0.
    const pd = new Float64Array(PS);
    const tx = Math.atan2(-1, 10);
    writeArc(pd, 0, 0, 0, 10, 10, -1, 1, tx - 0.05, 0.1);
    const box = new Float64Array(4);
    clearBoxAt(box, 0);
    addPrimsAt(box, 0, pd, new Float64Array(1), 0);
    const sampled = sampledBox(pd);
    for (let k = 0; k < 4; k++) expect(box[k]).toBeCloseTo(sampled[k] as number, 6);
    expect(box[1]).toBeGreaterThan(6);
  });
});

describe('addPrimsAt over several primitives', () => {
  it('gives the box of adding point by point (end points, then arc extremes), bit for bit, and writes primsSlack', () => {
    // Few distinct values (signed zeros, NaN) so that ties and skipped points occur.
    const v = fc.constantFrom(0, -0, 1, -1, 2.5, NaN, 1e300, -3);
    const prim = fc.record({
      arc: fc.boolean(),
      n: fc.array(v, { minLength: 8, maxLength: 8 }),
      t: fc.double({ min: -7, max: 7, noNaN: true }),
      dt: fc.double({ min: -7, max: 7, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(prim, { minLength: 1, maxLength: 6 }), (prims) => {
        const pd = new Float64Array(PS * prims.length);
        prims.forEach((p, k) => {
          const [a, b, c, d, e, f] = p.n as number[];
          if (p.arc) writeArc(pd, PS * k, a!, b!, 1 + Math.abs(c!), d!, e!, 1 + Math.abs(f!), p.t, p.dt);
          else writeSeg(pd, PS * k, a!, b!, c!, d!);
        });
        const whole = new Float64Array(4);
        clearBoxAt(whole, 0);
        const written = new Float64Array(2);
        addPrimsAt(whole, 0, pd, written, 1);
        const slack = written[1];
        const pointwise = new Float64Array(4);
        clearBoxAt(pointwise, 0);
        for (let q = 0; q < pd.length; q += PS) {
          addPointAt(pointwise, 0, pd[q + 1]!, pd[q + 2]!);
          addPointAt(pointwise, 0, pd[q + 3]!, pd[q + 4]!);
          if (pd[q] !== 0) addArcExtremesAt(pointwise, 0, pd, q);
        }
        for (let s = 0; s < 4; s++) expect(Object.is(whole[s], pointwise[s])).toBe(true);
        expect(Object.is(slack, primsSlack(pd))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('primsSlack', () => {
  it('bounds how far flattened arc vertices lie outside the exact box (far centres of almost straight bulges too)', () => {
    const coord = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    const axis = fc.double({ min: -1e9, max: 1e9, noNaN: true });
    const angle = fc.double({ min: -50, max: 50, noNaN: true });
    fc.assert(
      fc.property(
        coord,
        coord,
        axis,
        axis,
        axis,
        axis,
        angle,
        angle,
        fc.integer({ min: -9, max: 0 }),
        (cx, cy, ux, uy, vx, vy, t0, dt, e) => {
          const pd = new Float64Array(PS);
          writeArc(pd, 0, cx, cy, ux, uy, vx, vy, t0, dt * 10 ** e);
          const b = new Float64Array(4);
          clearBoxAt(b, 0);
          addPrimsAt(b, 0, pd, new Float64Array(1), 0);
          const slack = primsSlack(pd);
          const out = new PointBuf(64);
          out.push(pd[1]!, pd[2]!);
          flattenPrimsInto(pd, Math.max(1e-3, Math.abs(ux) / 1000), out);
          for (let k = 0; k < out.n; k += 2) {
            expect(out.a[k]!).toBeGreaterThanOrEqual(b[0]! - slack);
            expect(out.a[k]!).toBeLessThanOrEqual(b[2]! + slack);
            expect(out.a[k + 1]!).toBeGreaterThanOrEqual(b[1]! - slack);
            expect(out.a[k + 1]!).toBeLessThanOrEqual(b[3]! + slack);
          }
        },
      ),
      // The examples: a subnormal axis, whose flattened vertex rounds outside a purely relative bound;
      // an axis of 1e-300, whose square underflows (the box's extreme is the centre, the vertices not).
      {
        numRuns: 300,
        examples: [
          [0, 0, 0, 0, 0, -5e-324, 0, -2.6179938779914944, 0],
          [0, 0, 0, 0, 0, -1.0000344155571413e-300, 0, 49.999999999999424, 0],
        ],
      },
    );
  });

  it('is 0 for segments and not finite for an arc with a non-finite centre', () => {
    const pd = new Float64Array(2 * PS);
    pd.set([0, 0, 0, 1, 1], 0);
    expect(primsSlack(pd)).toBe(0);
    writeArc(pd, PS, NaN, 0, 1, 0, 0, 1, 0, 1);
    expect(primsSlack(pd) < Infinity).toBe(false);
  });
});
