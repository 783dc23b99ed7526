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

/** The vertex of polygon p that is sample s (up to 8 evenly spaced along its vertex list). */
function sample(p: Float64Array, s: number): [number, number] {
  const nv = p.length / 2;
  const v = Math.floor((s * nv) / Math.min(8, nv));
  return [p[2 * v]!, p[2 * v + 1]!];
}

/** Flat geometry of the polygons: |area| by the shoelace formula, boxes, polygons, samples. */
function geoms(polys: Float64Array[]): LoopGeoms {
  const n = polys.length;
  const area = new Float64Array(n);
  const box = new Float64Array(4 * n);
  polys.forEach((p, i) => {
    area[i] = shoelace(p);
    box.set([Infinity, Infinity, -Infinity, -Infinity], 4 * i);
    for (let k = 0; k < p.length; k += 2) {
      box[4 * i] = Math.min(box[4 * i]!, p[k]!);
      box[4 * i + 1] = Math.min(box[4 * i + 1]!, p[k + 1]!);
      box[4 * i + 2] = Math.max(box[4 * i + 2]!, p[k]!);
      box[4 * i + 3] = Math.max(box[4 * i + 3]!, p[k + 1]!);
    }
  });
  return {
    n,
    area,
    box,
    slack: new Float64Array(n),
    polygon: (i) => polys[i]!,
    sampleCount: (i) => Math.min(8, polys[i]!.length / 2),
    samplesBetween: (i, from, to, out) => {
      for (let s = from; s < to; s++) out.set(sample(polys[i]!, s), 2 * s);
    },
  };
}

function shoelace(p: Float64Array): number {
  let a = 0;
  const nv = p.length / 2;
  for (let k = 0; k < nv; k++) {
    const j = (k + 1) % nv;
    a += p[2 * k]! * p[2 * j + 1]! - p[2 * j]! * p[2 * k + 1]!;
  }
  return Math.abs(a / 2);
}

/** Even-odd rule over every edge. */
function inside(p: Float64Array, x: number, y: number): boolean {
  let odd = false;
  const nv = p.length / 2;
  for (let i = 0; i < nv; i++) {
    const j = (i + 1) % nv;
    const [xi, yi, xj, yj] = [p[2 * i]!, p[2 * i + 1]!, p[2 * j]!, p[2 * j + 1]!];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

/** DEFINITIONS.md containment by brute force: every pair, every sample. */
function referenceNesting(polys: Float64Array[], tol: number): { parent: number[]; depth: number[] } {
  const g = geoms(polys);
  const parent = polys.map(() => -1);
  const depth = polys.map(() => 0);
  polys.forEach((a, i) => {
    polys.forEach((b, j) => {
      if (!(g.area[i]! < g.area[j]!)) return;
      const fits =
        [0, 1].every((k) => g.box[4 * j + k]! - tol <= g.box[4 * i + k]!) &&
        [2, 3].every((k) => g.box[4 * j + k]! + tol >= g.box[4 * i + k]!);
      if (!fits) return;
      const k = Math.min(8, a.length / 2);
      let votes = 0;
      for (let s = 0; s < k; s++) if (inside(b, ...sample(a, s))) votes++;
      if (votes * 2 <= k) return;
      depth[i]!++;
      if (parent[i] === -1 || g.area[j]! < g.area[parent[i]!]!) parent[i] = j;
    });
  });
  return { parent, depth };
}

describe('nestLoops', () => {
  it('nests as the brute-force rule does, with samples computed only as the votes need them', () => {
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
        const got = nestLoops(geoms(polys), 0.01, new ReadContext(1e9, 1e9, 1e9, null));
        const want = referenceNesting(polys, 0.01);
        expect(Array.from(got.parent)).toEqual(want.parent);
        expect(Array.from(got.depth)).toEqual(want.depth);
      }),
      { numRuns: 300 },
    );
  });

  it('finds every container of a loop with more containers than the candidate list first holds', () => {
    // 100 nested squares, the largest first: the innermost has 99 containers, each one's parent the next larger.
    const polys = Array.from({ length: 100 }, (_, i) => {
      const h = 100 - i;
      return new Float64Array([-h, -h, h, -h, h, h, -h, h]);
    });
    const got = nestLoops(geoms(polys), 0.01, new ReadContext(1e9, 1e9, 1e9, null));
    const want = referenceNesting(polys, 0.01);
    expect(Array.from(got.depth)).toEqual(want.depth);
    expect(Array.from(got.parent)).toEqual(want.parent);
    expect(got.depth[99]).toBe(99);
    expect(got.parent[99]).toBe(98);
  });

  it('nests a perforated plate (cells of equal holes are skipped) as the brute-force rule does', () => {
    // A plate, a 12 x 12 grid of equal square holes, and rings around a few of them (larger than a hole).
    const square = (x: number, y: number, h: number): Float64Array =>
      new Float64Array([x - h, y - h, x + h, y - h, x + h, y + h, x - h, y + h]);
    const polys = [square(0, 0, 100)];
    for (let i = 0; i < 12; i++) for (let j = 0; j < 12; j++) polys.push(square(15 * i - 82, 15 * j - 82, 2));
    polys.push(square(-82, -82, 4), square(83, 83, 5), square(-7, 8, 3));
    const got = nestLoops(geoms(polys), 0.01, new ReadContext(1e9, 1e9, 1e9, null));
    const want = referenceNesting(polys, 0.01);
    expect(Array.from(got.depth)).toEqual(want.depth);
    expect(Array.from(got.parent)).toEqual(want.parent);
    expect(got.depth[1]).toBe(2);
  });
});
