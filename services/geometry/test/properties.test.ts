import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GeometryFacts } from '../src/index.ts';
import { factsOf } from './expect-facts.ts';
import { arc, circle, line, lwpolyline, makeDxf, type EntityPairs } from './make-dxf.ts';

/** A vertex with the bulge of the segment that starts at it. */
type V = [number, number, number];

interface Part {
  polys: V[][];
  circles: [number, number, number][];
}

/** A plate w x h with a bulged bottom edge, a rectangular cut-out and round holes, all well apart. */
const partArb = fc
  .record({
    w: fc.double({ min: 60, max: 400, noNaN: true }),
    h: fc.double({ min: 60, max: 400, noNaN: true }),
    // Real bulges: 0 or at least 1e-3 (ARC entities with nearly equal angles degenerate, as in ezdxf).
    bulge: fc.oneof(
      fc.constant(0),
      fc.double({ min: 1e-3, max: 0.4, noNaN: true }).chain((b) => fc.constantFrom(b, -b)),
    ),
    holes: fc.array(fc.double({ min: 1, max: 4, noNaN: true }), { maxLength: 6 }),
    cut: fc.boolean(),
  })
  .map(({ w, h, bulge, holes, cut }): Part => {
    const polys: V[][] = [
      [
        [0, 0, bulge],
        [w, 0, 0],
        [w, h, 0],
        [0, h, 0],
      ],
    ];
    if (cut)
      polys.push([
        [w * 0.6, h * 0.6, 0],
        [w * 0.8, h * 0.6, 0],
        [w * 0.8, h * 0.8, 0],
        [w * 0.6, h * 0.8, 0],
      ]);
    const circles = holes.map((r, i): [number, number, number] => [w * (0.15 + 0.07 * i), h * 0.3, r]);
    return { polys, circles };
  });

type Map2 = (x: number, y: number) => [number, number];

/** Applies an affine map to a part; a mirror (negative determinant) negates the bulges. */
function mapPart(p: Part, m: Map2, det: number): Part {
  const s = Math.sqrt(Math.abs(det));
  return {
    polys: p.polys.map((poly) => poly.map(([x, y, b]): V => [...m(x, y), det < 0 ? -b : b])),
    circles: p.circles.map(([x, y, r]): [number, number, number] => [...m(x, y), r * s]),
  };
}

/** Reverses the direction of a closed polyline: segment (a -> b, bulge) becomes (b -> a, -bulge). */
function reversePoly(poly: V[]): V[] {
  const n = poly.length;
  return poly.map((_, k): V => {
    const v = poly[(n - k) % n] as V;
    const prev = poly[(2 * n - k - 1) % n] as V;
    return [v[0], v[1], -prev[2]];
  });
}

/** Splits a closed polyline into LINE and ARC entities. */
function splitPoly(poly: V[]): EntityPairs[] {
  return poly.map(([x0, y0, b], i) => {
    const [x1, y1] = poly[(i + 1) % poly.length] as V;
    if (Math.abs(b) < 1e-10) return line(x0, y0, x1, y1); // as the engine: straight for every purpose
    const d = Math.hypot(x1 - x0, y1 - y0);
    const r = (d * (1 + b * b)) / (4 * Math.abs(b));
    const off = (1 - b * b) / (4 * b);
    const cx = (x0 + x1) / 2 - (y1 - y0) * off;
    const cy = (y0 + y1) / 2 + (x1 - x0) * off;
    const a0 = (Math.atan2(y0 - cy, x0 - cx) * 180) / Math.PI;
    const a1 = (Math.atan2(y1 - cy, x1 - cx) * 180) / Math.PI;
    return b > 0 ? arc(cx, cy, r, a0, a1) : arc(cx, cy, r, a1, a0);
  });
}

function entities(p: Part): EntityPairs[] {
  return [...p.polys.map((poly) => lwpolyline(poly, true)), ...p.circles.map(([x, y, r]) => circle(x, y, r))];
}

const facts = (ents: EntityPairs[]): GeometryFacts => factsOf(makeDxf(ents));

/** Checks that two results describe the same part, lengths scaled by `s` and areas by s^2. */
function expectSame(a: GeometryFacts, b: GeometryFacts, s = 1): void {
  for (const k of [
    'closed_loops',
    'open_chains',
    'pierces',
    'holes_in_outer',
    'top_level_loops',
    'duplicate_edges',
  ] as const) {
    expect(b[k], k).toBe(a[k]);
  }
  const rel = (x: number | null, y: number | null, f: number, name: string): void => {
    expect(y === null, name).toBe(x === null);
    if (x !== null && y !== null)
      expect(Math.abs(y - x * f), name).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(x * f)));
  };
  rel(a.cut_length, b.cut_length, s, 'cut_length');
  rel(a.outer_area, b.outer_area, s * s, 'outer_area');
  rel(a.net_area, b.net_area, s * s, 'net_area');
  rel(a.total_net_area, b.total_net_area, s * s, 'total_net_area');
}

const RUNS = { numRuns: 40 };

describe('geometric invariants (fast-check)', () => {
  it('translation changes only the bounding box, by the offset', () => {
    fc.assert(
      fc.property(
        partArb,
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (p, dx, dy) => {
          const a = facts(entities(p));
          const b = facts(entities(mapPart(p, (x, y) => [x + dx, y + dy], 1)));
          expectSame(a, b);
          expect(b.bbox?.[0]).toBeCloseTo((a.bbox?.[0] ?? 0) + dx, 6);
          expect(b.bbox?.[3]).toBeCloseTo((a.bbox?.[3] ?? 0) + dy, 6);
        },
      ),
      RUNS,
    );
  });

  it('rotation and mirroring keep lengths, areas and counts', () => {
    fc.assert(
      fc.property(
        partArb,
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        fc.boolean(),
        (p, t, mirror) => {
          const c = Math.cos(t);
          const s = Math.sin(t);
          const m: Map2 = (x, y) => [c * (mirror ? -x : x) - s * y, s * (mirror ? -x : x) + c * y];
          expectSame(facts(entities(p)), facts(entities(mapPart(p, m, mirror ? -1 : 1))));
        },
      ),
      RUNS,
    );
  });

  it('scaling by s scales lengths by s and areas by s^2', () => {
    fc.assert(
      fc.property(partArb, fc.double({ min: 0.5, max: 8, noNaN: true }), (p, k) => {
        expectSame(facts(entities(p)), facts(entities(mapPart(p, (x, y) => [k * x, k * y], k * k))), k);
      }),
      RUNS,
    );
  });

  it('shuffling and reversing entities changes nothing', () => {
    fc.assert(
      fc.property(partArb, fc.infiniteStream(fc.nat()), (p, rnd) => {
        const reversed: Part = { ...p, polys: p.polys.map(reversePoly) };
        const ents = entities(reversed);
        const it = rnd[Symbol.iterator]();
        for (let i = ents.length - 1; i > 0; i--) {
          const j = (it.next().value as number) % (i + 1);
          [ents[i], ents[j]] = [ents[j] as EntityPairs, ents[i] as EntityPairs];
        }
        expectSame(facts(entities(p)), facts(ents));
      }),
      RUNS,
    );
  });

  it('splitting polylines into lines and arcs changes nothing but the entity counts', () => {
    fc.assert(
      fc.property(partArb, (p) => {
        const split = [...p.polys.flatMap(splitPoly), ...p.circles.map(([x, y, r]) => circle(x, y, r))];
        expectSame(facts(entities(p)), facts(split));
      }),
      RUNS,
    );
  });
});
