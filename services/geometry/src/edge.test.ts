import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEdge } from './edge.ts';
import { PS, writeArc, writeBulge, writeSeg } from './prim-data.ts';
import { primArea, primLength } from './primitives.ts';

const coord = fc.double({ min: -1e4, max: 1e4, noNaN: true });
const angle = fc.double({ min: -7, max: 7, noNaN: true });
/** A segment, a bulge arc (circular), or an elliptical arc with independent axes. */
const prim = fc.oneof(
  fc.tuple(fc.constant(0), fc.array(coord, { minLength: 8, maxLength: 8 }), angle, angle),
  fc.tuple(
    fc.constant(1),
    fc.array(coord, { minLength: 8, maxLength: 8 }),
    fc.double({ min: -3, max: 3, noNaN: true }),
    angle,
  ),
  fc.tuple(fc.constant(2), fc.array(coord, { minLength: 8, maxLength: 8 }), angle, angle),
);

describe('makeEdge', () => {
  it('sums the primitives’ lengths and areas as primLength and primArea give them, bit for bit', () => {
    fc.assert(
      fc.property(
        fc.array(prim, { minLength: 1, maxLength: 6 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (prims, tinyLen) => {
          const pd = new Float64Array(PS * prims.length);
          prims.forEach(([k, v, p, q], i) => {
            const o = PS * i;
            if (k === 0) writeSeg(pd, o, v[0]!, v[1]!, v[2]!, v[3]!);
            else if (k === 1) writeBulge(pd, o, v[0]!, v[1]!, v[2]!, v[3]!, p);
            else writeArc(pd, o, v[0]!, v[1]!, v[2]!, v[3]!, v[4]!, v[5]!, p, q);
          });
          let length = 0;
          let area = 0;
          let tiny = 0;
          for (let o = 0; o < pd.length; o += PS) {
            const l = primLength(pd, o);
            length += l;
            area += primArea(pd, o);
            if (l < tinyLen) tiny++;
          }
          const e = makeEdge('LWPOLYLINE', 'L', pd, null, false, tinyLen);
          expect(e.length).toBe(length);
          expect(e.area).toBe(area);
          expect(e.tiny).toBe(tiny);
          expect([e.sx, e.sy, e.ex, e.ey]).toEqual([
            pd[1],
            pd[2],
            pd[pd.length - PS + 3],
            pd[pd.length - PS + 4],
          ]);
          expect(e.spline).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives a circle its exact length and a small arc its area without cancellation', () => {
    const pd = new Float64Array(2 * PS);
    writeArc(pd, 0, 1, 2, 3, 0, 0, 3, 0, 2 * Math.PI);
    writeArc(pd, PS, 0, 0, 1, 0, 0, 1, 0, 1e-3);
    const e = makeEdge('ARC', '0', pd.subarray(PS), null, false, 0);
    expect(e.length).toBe(1e-3);
    expect(e.area).toBeCloseTo((Math.sin(1e-3) + (1e-3 - Math.sin(1e-3))) / 2, 18);
    const c = makeEdge('CIRCLE', '0', pd.subarray(0, PS), null, true, 0);
    expect(c.length).toBe(3 * 2 * Math.PI);
    expect(c.area).toBeCloseTo(Math.PI * 9, 10);
  });
});
