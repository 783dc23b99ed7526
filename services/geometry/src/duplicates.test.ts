import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeMidpoint } from './arc-midpoint.ts';
import { findDuplicates } from './duplicates.ts';
import { makeEdge, type Edge } from './edge.ts';
import { PS, writeBulge } from './prim-data.ts';

/** A one-primitive polyline edge from (x0, y0) to (x1, y1) with bulge b (0: straight). */
function edge(x0: number, y0: number, x1: number, y1: number, b: number): Edge {
  const pd = new Float64Array(PS);
  writeBulge(pd, 0, x0, y0, x1, y1, b);
  return makeEdge('LWPOLYLINE', '0', pd, null, false, 0);
}

/** A closed two-arc polyline edge (a circle through (x, y) of diameter d): its end is its start. */
function ring(x: number, y: number, d: number): Edge {
  const pd = new Float64Array(2 * PS);
  writeBulge(pd, 0, x, y, x + d, y, 1);
  writeBulge(pd, PS, x + d, y, x, y, 1);
  return makeEdge('LWPOLYLINE', '0', pd, null, true, 0);
}

/** The rule by brute force: an edge is a duplicate when any earlier candidate matches it. */
function reference(edges: Edge[], candidates: number[], tol: number): number[] {
  const near = (ax: number, ay: number, bx: number, by: number): boolean =>
    Math.hypot(ax - bx, ay - by) <= tol;
  const out = new Array<number>(edges.length).fill(0);
  candidates.forEach((i, k) => {
    const e = edges[i]!;
    for (const j of candidates.slice(0, k)) {
      const f = edges[j]!;
      if (Math.abs(f.length - e.length) > tol) continue;
      const same =
        (near(e.sx, e.sy, f.sx, f.sy) && near(e.ex, e.ey, f.ex, f.ey)) ||
        (near(e.sx, e.sy, f.ex, f.ey) && near(e.ex, e.ey, f.sx, f.sy));
      const [mx, my] = edgeMidpoint(e);
      const [nx, ny] = edgeMidpoint(f);
      if (same && near(mx, my, nx, ny)) out[i] = 1;
    }
  });
  return out;
}

/** Edges on a coarse lattice (so copies, reversed copies, mirror twins and near misses are common). */
const edgesArb = fc.array(
  fc.record({
    kind: fc.integer({ min: 0, max: 5 }),
    x0: fc.integer({ min: 0, max: 4 }),
    y0: fc.integer({ min: 0, max: 4 }),
    x1: fc.integer({ min: 0, max: 4 }),
    y1: fc.integer({ min: 0, max: 4 }),
    jitter: fc.constantFrom(0, 0.004, 0.011, -0.006),
    bulge: fc.constantFrom(0, 0.5, -0.5),
  }),
  { minLength: 1, maxLength: 60 },
);

describe('findDuplicates', () => {
  it('marks exactly the edges that match an earlier candidate in either direction', () => {
    fc.assert(
      fc.property(edgesArb, fc.nat(), (specs, drop) => {
        const edges = specs.map(({ kind, x0, y0, x1, y1, jitter, bulge }) => {
          if (kind === 0) return ring(x0, y0 + jitter, 1 + (x1 % 2));
          if (kind === 1) return edge(x1 + jitter, y1, x0, y0, -bulge);
          return edge(x0 + jitter, y0, x1, y1 === y0 && x1 === x0 ? y1 + 1 : y1, bulge);
        });
        const candidates = edges.map((_, i) => i).filter((i) => (i + drop) % 7 !== 0);
        const want = reference(edges, candidates, 0.01);
        expect(Array.from(findDuplicates(edges, candidates, 0.01))).toEqual(want);
        // The grid is reused: a smaller call after a larger one answers the same.
        const few = candidates.slice(0, 5);
        expect(Array.from(findDuplicates(edges, few, 0.01))).toEqual(reference(edges, few, 0.01));
      }),
      { numRuns: 300 },
    );
  });
});
