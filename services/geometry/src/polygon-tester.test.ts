import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolygonTester } from './polygon-tester.ts';

/** Even-odd test over every edge: the definition the tester must answer exactly. */
function bruteContains(p: Float64Array, x: number, y: number): boolean {
  const nv = p.length / 2;
  let inside = false;
  for (let i = 0; i < nv; i++) {
    const j = i + 1 === nv ? 0 : i + 1;
    const xi = p[2 * i]!;
    const yi = p[2 * i + 1]!;
    const xj = p[2 * j]!;
    const yj = p[2 * j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Closed polygons of 3 to 3000 vertices: wobbly circles (local edges) and random walks (self-crossing). */
const polygonArb = fc.oneof(
  fc
    .record({
      n: fc.integer({ min: 3, max: 6000 }),
      wobble: fc.double({ min: 0, max: 0.9, noNaN: true }),
      k: fc.nat(20),
    })
    .map(({ n, wobble, k }) => {
      const p = new Float64Array(2 * n);
      for (let i = 0; i < n; i++) {
        const t = (2 * Math.PI * i) / n;
        const r = 10 * (1 + wobble * Math.sin(k * t));
        p[2 * i] = r * Math.cos(t);
        p[2 * i + 1] = r * Math.sin(t);
      }
      return p;
    }),
  fc
    .array(fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 })), {
      minLength: 3,
      maxLength: 800,
    })
    .map((steps) => {
      const p = new Float64Array(2 * steps.length);
      let x = 0;
      let y = 0;
      steps.forEach(([dx, dy], i) => {
        x += dx;
        y += dy;
        p[2 * i] = x;
        p[2 * i + 1] = y;
      });
      return p;
    }),
);

describe('PolygonTester', () => {
  it('answers as the full even-odd scan, before and after its band index is built', () => {
    fc.assert(
      fc.property(polygonArb, fc.integer({ min: 1, max: 400 }), fc.nat(), (p, queries, seed) => {
        const t = new PolygonTester(p);
        let s = seed;
        const rnd = (): number => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
        const nv = p.length / 2;
        for (let q = 0; q < queries; q++) {
          // Points on vertex heights (ties of the ray with vertices) and anywhere in the box.
          const v = Math.floor(rnd() * nv);
          const x = q % 3 === 0 ? p[2 * v]! : (rnd() - 0.5) * 40;
          const y = q % 2 === 0 ? p[2 * v + 1]! : (rnd() - 0.5) * 40;
          expect(t.contains(new Float64Array([0, x, y]), 1)).toBe(bruteContains(p, x, y));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('answers false everywhere for a large polygon with a NaN height, as its band index always did', () => {
    const n = 100;
    const p = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) {
      p[2 * i] = Math.cos((2 * Math.PI * i) / n);
      p[2 * i + 1] = Math.sin((2 * Math.PI * i) / n);
    }
    p[7] = NaN;
    const t = new PolygonTester(p);
    expect(t.contains(new Float64Array([0, 0]), 0)).toBe(false);
    expect(t.contains(new Float64Array([0.1, -0.2]), 0)).toBe(false);
  });

  it('clearOf: true only when every edge box lies beside the query box, and then every point of it answers alike', () => {
    fc.assert(
      fc.property(
        polygonArb,
        fc.integer({ min: 1, max: 60 }),
        fc.nat(),
        fc.option(fc.nat(5999), { nil: undefined }),
        (p, queries, seed, nanAt) => {
          if (nanAt !== undefined && nanAt < p.length) p[nanAt] = NaN;
          const t = new PolygonTester(p);
          let s = seed;
          const rnd = (): number => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
          const nv = p.length / 2;
          for (let q = 0; q < queries; q++) {
            const x0 = (rnd() - 0.5) * 40;
            const y0 = (rnd() - 0.5) * 40;
            const x1 = x0 + rnd() * (q % 2 === 0 ? 0.5 : 8);
            const y1 = y0 + rnd() * (q % 3 === 0 ? 0.5 : 8);
            let want = true;
            for (let i = 0; i < nv; i++) {
              const j = i + 1 === nv ? 0 : i + 1;
              const [xi, yi, xj, yj] = [p[2 * i]!, p[2 * i + 1]!, p[2 * j]!, p[2 * j + 1]!];
              const beside =
                (xi < x0 && xj < x0) || (xi > x1 && xj > x1) || (yi < y0 && yj < y0) || (yi > y1 && yj > y1);
              if (!beside) want = false;
            }
            const clear = t.clearOf(new Float64Array([x0, y0, x1, y1]), 0);
            // Never true wrongly; always false with a NaN vertex (crossings then follow no shape);
            // exact for small finite polygons (a large one may give up on a box that spans much of it).
            const finite = nanAt === undefined || nanAt >= p.length;
            if (clear) expect(want && finite).toBe(true);
            if (nv < 64 && finite) expect(clear).toBe(want);
            if (clear) {
              const first = bruteContains(p, x0, y0);
              for (let r = 0; r < 6; r++) {
                const x = x0 + rnd() * (x1 - x0);
                const y = y0 + rnd() * (y1 - y0);
                expect(bruteContains(p, x, y)).toBe(first);
                expect(t.contains(new Float64Array([x, y]), 0)).toBe(first);
              }
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
