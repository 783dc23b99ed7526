import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crosses, edgeClear } from './polygon-edge.ts';
import { edgesClear, rayParity } from './polygon-scan.ts';

/** Polygons of 1 to 40 vertices on a small integer grid (ties of the ray with vertices), sometimes with a NaN or an infinity. */
const polygonArb = fc
  .array(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 })), {
    minLength: 1,
    maxLength: 40,
  })
  .chain((pts) =>
    fc.tuple(
      fc.constant(Float64Array.from(pts.flat())),
      fc.option(fc.tuple(fc.nat(2 * pts.length - 1), fc.constantFrom(NaN, Infinity, -Infinity)), {
        nil: undefined,
      }),
    ),
  )
  .map(([p, bad]) => {
    if (bad) p[bad[0]] = bad[1];
    return p;
  });

/** A range from..to of edges (to <= nv), as the chunk scans cut them. */
function range(nv: number, a: number, b: number): [number, number] {
  const from = a % nv;
  return [from, from + 1 + (b % (nv - from))];
}

describe('polygon scans', () => {
  it('rayParity is the parity of `crosses` over the edges of the range', () => {
    fc.assert(
      fc.property(
        polygonArb,
        fc.nat(),
        fc.nat(),
        fc.double({ min: -6, max: 6, noNaN: true }),
        fc.integer({ min: -6, max: 6 }),
        (p, a, b, x, y) => {
          const nv = p.length / 2;
          const [from, to] = range(nv, a, b);
          let want = false;
          for (let i = from; i < to; i++) if (crosses(p, nv, i, x, y)) want = !want;
          expect(rayParity(p, nv, from, to, x, y)).toBe(want);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('edgesClear holds exactly when `edgeClear` holds for every edge of the range', () => {
    fc.assert(
      fc.property(
        polygonArb,
        fc.nat(),
        fc.nat(),
        fc.tuple(fc.integer({ min: -6, max: 6 }), fc.integer({ min: -6, max: 6 }), fc.nat(4), fc.nat(4)),
        (p, a, b, [x0, y0, w, h]) => {
          const nv = p.length / 2;
          const [from, to] = range(nv, a, b);
          let want = true;
          for (let i = from; i < to; i++) if (!edgeClear(p, nv, i, x0, y0, x0 + w, y0 + h)) want = false;
          expect(edgesClear(p, nv, from, to, x0, y0, x0 + w, y0 + h)).toBe(want);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
