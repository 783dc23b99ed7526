import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestLoops, type LoopGeoms } from './containment.ts';
import { ReadContext } from './read-context.ts';

/** Closed polygons: wobbly circles of random centres and radii (nested, overlapping, apart), some with few vertices. */
const loopsArb = fc.array(
  fc.record({
    cx: fc.integer({ min: -50, max: 50 }),
    cy: fc.integer({ min: -50, max: 50 }),
    r: fc.double({ min: 0.5, max: 60, noNaN: true }),
    n: fc.integer({ min: 3, max: 120 }),
    wobble: fc.double({ min: 0, max: 0.8, noNaN: true }),
    lobes: fc.integer({ min: 2, max: 9 }),
  }),
  { minLength: 1, maxLength: 40 },
);

/** Flat geometry of the polygons: |area| by the shoelace formula, boxes, polygons; samples eager or lazy. */
function geoms(polys: Float64Array[], lazy: boolean): LoopGeoms {
  const n = polys.length;
  const area = new Float64Array(n);
  const box = new Float64Array(4 * n);
  polys.forEach((p, i) => {
    let a = 0;
    box.set([Infinity, Infinity, -Infinity, -Infinity], 4 * i);
    const nv = p.length / 2;
    for (let k = 0; k < nv; k++) {
      const j = (k + 1) % nv;
      a += p[2 * k]! * p[2 * j + 1]! - p[2 * j]! * p[2 * k + 1]!;
      box[4 * i] = Math.min(box[4 * i]!, p[2 * k]!);
      box[4 * i + 1] = Math.min(box[4 * i + 1]!, p[2 * k + 1]!);
      box[4 * i + 2] = Math.max(box[4 * i + 2]!, p[2 * k]!);
      box[4 * i + 3] = Math.max(box[4 * i + 3]!, p[2 * k + 1]!);
    }
    area[i] = Math.abs(a / 2);
  });
  const sample = (i: number, s: number, out: Float64Array): void => {
    const p = polys[i]!;
    const nv = p.length / 2;
    const v = Math.floor((s * nv) / Math.min(8, nv));
    out[2 * s] = p[2 * v]!;
    out[2 * s + 1] = p[2 * v + 1]!;
  };
  const g: LoopGeoms = {
    n,
    area,
    box,
    polygon: (i) => polys[i]!,
    samples: (i, out) => {
      const k = Math.min(8, polys[i]!.length / 2);
      for (let s = 0; s < k; s++) sample(i, s, out);
      return 2 * k;
    },
  };
  if (lazy) {
    g.sampleCount = (i) => Math.min(8, polys[i]!.length / 2);
    g.samplesBetween = (i, from, to, out) => {
      for (let s = from; s < to; s++) sample(i, s, out);
    };
  }
  return g;
}

describe('nestLoops', () => {
  it('gives the same nesting with samples computed as the votes need them as with all computed first', () => {
    fc.assert(
      fc.property(loopsArb, (specs) => {
        const polys = specs.map(({ cx, cy, r, n, wobble, lobes }) => {
          const p = new Float64Array(2 * n);
          for (let k = 0; k < n; k++) {
            const t = (2 * Math.PI * k) / n;
            const rr = r * (1 + wobble * Math.sin(lobes * t));
            p[2 * k] = cx + rr * Math.cos(t);
            p[2 * k + 1] = cy + rr * Math.sin(t);
          }
          return p;
        });
        const ctx = (): ReadContext => new ReadContext(1e9, 1e9, 1e9, null);
        const eager = nestLoops(geoms(polys, false), 0.01, ctx());
        const lazy = nestLoops(geoms(polys, true), 0.01, ctx());
        expect(Array.from(lazy.parent)).toEqual(Array.from(eager.parent));
        expect(Array.from(lazy.depth)).toEqual(Array.from(eager.depth));
      }),
      { numRuns: 300 },
    );
  });
});
