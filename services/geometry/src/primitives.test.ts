import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hypot } from './hypot.ts';
import { circularRadius, PS, writeArc } from './prim-data.ts';
import { arcLengthBetween } from './primitives.ts';
import { gaussLegendre } from './quadrature.ts';

/** The arc length as it was: exact when circular, else `gaussLegendre` of a speed closure. */
function referenceLength(pd: Float64Array, ta: number, tb: number): number {
  const r = circularRadius(pd, 0);
  if (r >= 0) return r * Math.abs(tb - ta);
  const speed = (t: number): number =>
    hypot(-pd[7]! * Math.sin(t) + pd[9]! * Math.cos(t), -pd[8]! * Math.sin(t) + pd[10]! * Math.cos(t));
  const pieces = Math.max(1, Math.ceil(Math.abs(tb - ta) / (Math.PI / 16)));
  return Math.abs(gaussLegendre(speed, ta, tb, pieces));
}

describe('elliptical arc length', () => {
  it('integrates the speed as gaussLegendre does, bit for bit', () => {
    const pd = new Float64Array(PS);
    const axis = fc.double({ min: -1e3, max: 1e3, noNaN: true });
    fc.assert(
      fc.property(
        axis,
        axis,
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.double({ min: -7, max: 7, noNaN: true }),
        fc.double({ min: -7, max: 7, noNaN: true }),
        fc.constantFrom(1, 1e-160, 1e160),
        (ux, uy, ratio, ta, tb, scale) => {
          // Axes scaled far enough for the scaled square root to take over.
          const [x, y] = [ux * scale, uy * scale];
          writeArc(pd, 0, 1, 2, x, y, -y * ratio, x * ratio, ta, tb - ta);
          expect(arcLengthBetween(pd, 0, ta, tb)).toBe(referenceLength(pd, ta, tb));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
