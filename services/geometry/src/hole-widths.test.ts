import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { okOf } from '../test/expect-facts.ts';
import { circle, lwpolyline, makeDxf, type EntityPairs } from '../test/make-dxf.ts';
import type { Problem } from './types.ts';

/** A hole of a generated plate: its centre, exact width and the lower bound the holes are ordered by. */
interface Spec {
  cx: number;
  cy: number;
  width: number;
  bound: number;
}

/**
 * Holes on a 10 x 10 grid of 100 mm cells: circles and axis-aligned rectangles of distinct sizes,
 * sides up to `max` tenths of a mm.
 */
const plateArb = (max: number): fc.Arbitrary<[number[], [boolean, number, number][]]> =>
  fc.uniqueArray(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 30 }).chain((cells) =>
    fc.tuple(
      fc.constant(cells),
      fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max }), fc.integer({ min: 1, max })), {
        minLength: cells.length,
        maxLength: cells.length,
      }),
    ),
  );

/** The plate's outline, its holes and their specs. */
function plate(
  cells: number[],
  shapes: [boolean, number, number][],
): { entities: EntityPairs[]; specs: Spec[] } {
  const entities = [
    lwpolyline(
      [
        [0, 0],
        [1000, 0],
        [1000, 1000],
        [0, 1000],
      ],
      true,
    ),
  ];
  const specs: Spec[] = [];
  cells.forEach((cell, k) => {
    const [round, a, b] = shapes[k]!;
    // Sizes in hundredths of a mm plus a per-hole offset, so no two bounds tie.
    const cx = 50 + 100 * (cell % 10);
    const cy = 50 + 100 * Math.floor(cell / 10);
    if (round) {
      const d = a / 10 + k / 1000;
      entities.push(circle(cx, cy, d / 2));
      specs.push({ cx, cy, width: d, bound: d });
    } else {
      const w = a / 10 + k / 1000;
      const h = b / 10 + 0.0005;
      // Every third rectangle turned by 45 degrees: its box is wider than the rectangle.
      const turn = k % 3 === 2 ? Math.SQRT1_2 : 0;
      const corner = (sx: number, sy: number): number[] =>
        turn ? [cx + turn * (sx * w - sy * h), cy + turn * (sx * w + sy * h)] : [cx + sx * w, cy + sy * h];
      entities.push(
        lwpolyline([corner(-0.5, -0.5), corner(0.5, -0.5), corner(0.5, 0.5), corner(-0.5, 0.5)], true),
      );
      const side = turn ? (w + h) * turn : 0;
      const bound = turn ? (w * h) / Math.hypot(side, side) : (w * h) / Math.hypot(w, h);
      specs.push({ cx, cy, width: Math.min(w, h), bound });
    }
  });
  return { entities, specs };
}

/** Expects a hole problem to list the `expected` holes: count, where-list in bound order, smallest width. */
function expectGroup(problem: Problem | undefined, expected: Spec[]): void {
  const sorted = [...expected].sort((s, t) => s.bound - t.bound);
  expect(problem?.count ?? 0).toBe(sorted.length);
  if (!problem) return;
  expect(problem.where).toHaveLength(Math.min(20, sorted.length));
  problem.where.forEach(([x, y], k) => {
    expect(x).toBeCloseTo(sorted[k]!.cx, 6);
    expect(y).toBeCloseTo(sorted[k]!.cy, 6);
  });
  expect(problem.details.smallest_mm).toBeCloseTo(Math.min(...sorted.map((s) => s.width)), 9);
}

describe('hole widths', () => {
  it('count, smallest width and where-list (ascending lower bound) match the holes drawn', () => {
    fc.assert(
      fc.property(plateArb(400), ([cells, shapes]) => {
        const { entities, specs } = plate(cells, shapes);
        const thickness = 5;
        const r = okOf(makeDxf(entities), { thicknessMm: thickness });
        expectGroup(
          r.problems.find((p) => p.code === 'hole-too-small'),
          specs.filter((s) => s.width < thickness),
        );
        expect(r.facts.smallest_hole).toBeCloseTo(Math.min(...specs.map((s) => s.width)), 9);
      }),
      { numRuns: 60 },
    );
  });

  it('holes under every limit by their box alone are counted and listed as by their hulls', () => {
    // Sides of 0.1 to 3 mm against limits of 0.65 (or 2.05) and 1 mm, no side on a limit: many holes
    // narrower than both, not the smallest.
    fc.assert(
      fc.property(plateArb(30), fc.constantFrom(0.65, 2.05), ([cells, shapes], thickness) => {
        const { entities, specs } = plate(cells, shapes);
        const r = okOf(makeDxf(entities), { thicknessMm: thickness });
        expectGroup(
          r.problems.find((p) => p.code === 'hole-too-small'),
          specs.filter((s) => s.width < thickness),
        );
        expectGroup(
          r.problems.find((p) => p.code === 'feature-too-small' && p.where.length > 0),
          specs.filter((s) => s.width < 1),
        );
        expect(r.facts.smallest_hole).toBeCloseTo(Math.min(...specs.map((s) => s.width)), 9);
      }),
      { numRuns: 60 },
    );
  });

  it('skips the hull of a thin C-shaped hole its extents show wide, keeping counts and the smallest width', () => {
    // A 300-degree band 0.5 mm thick on a 20 mm radius: area / box diagonal about 0.9 mm (under 1 mm),
    // hull about 37 mm wide. A 0.4 mm circle comes first (smaller bound) and is the only tiny hole.
    const arc = (r: number, t: number): [number, number] => [
      500 + r * Math.cos((t * Math.PI) / 180),
      500 + r * Math.sin((t * Math.PI) / 180),
    ];
    const bulge = Math.tan((300 * Math.PI) / 180 / 4);
    const band = lwpolyline(
      [[...arc(20, 30), bulge], [...arc(20, 330)], [...arc(19.5, 330), -bulge], [...arc(19.5, 30)]],
      true,
    );
    const outline = lwpolyline(
      [
        [0, 0],
        [1000, 0],
        [1000, 1000],
        [0, 1000],
      ],
      true,
    );
    for (const thicknessMm of [null, 0.3, 2]) {
      const r = okOf(makeDxf([outline, band, circle(100, 100, 0.2)]), { thicknessMm });
      const tiny = r.problems.find((p) => p.code === 'feature-too-small');
      expect(tiny?.count).toBe(1);
      expect(tiny?.where).toEqual([[100, 100]]);
      expect(r.facts.smallest_hole).toBeCloseTo(0.4, 12);
      const small = r.problems.find((p) => p.code === 'hole-too-small');
      expect(small?.count ?? 0).toBe(thicknessMm === 2 ? 1 : 0);
    }
  });
});
