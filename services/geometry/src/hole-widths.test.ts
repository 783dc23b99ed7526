import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { okOf } from '../test/expect-facts.ts';
import { circle, lwpolyline, makeDxf } from '../test/make-dxf.ts';

/** A hole of a generated plate: its centre, exact width and the lower bound the holes are ordered by. */
interface Spec {
  cx: number;
  cy: number;
  width: number;
  bound: number;
}

/** Holes on a 10 x 10 grid of 100 mm cells: circles and axis-aligned rectangles of distinct sizes. */
const plateArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 30 })
  .chain((cells) =>
    fc.tuple(
      fc.constant(cells),
      fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 })), {
        minLength: cells.length,
        maxLength: cells.length,
      }),
    ),
  );

describe('hole widths', () => {
  it('count, smallest width and where-list (ascending lower bound) match the holes drawn', () => {
    fc.assert(
      fc.property(plateArb, ([cells, shapes]) => {
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
            entities.push(
              lwpolyline(
                [
                  [cx - w / 2, cy - h / 2],
                  [cx + w / 2, cy - h / 2],
                  [cx + w / 2, cy + h / 2],
                  [cx - w / 2, cy + h / 2],
                ],
                true,
              ),
            );
            specs.push({ cx, cy, width: Math.min(w, h), bound: (w * h) / Math.hypot(w, h) });
          }
        });
        const thickness = 5;
        const r = okOf(makeDxf(entities), { thicknessMm: thickness });
        const small = specs.filter((s) => s.width < thickness).sort((s, t) => s.bound - t.bound);
        const problem = r.problems.find((p) => p.code === 'hole-too-small');
        expect(problem?.count ?? 0).toBe(small.length);
        if (problem) {
          expect(problem.where).toHaveLength(Math.min(20, small.length));
          problem.where.forEach(([x, y], k) => {
            expect(x).toBeCloseTo(small[k]!.cx, 6);
            expect(y).toBeCloseTo(small[k]!.cy, 6);
          });
          expect(problem.details.smallest_mm).toBeCloseTo(Math.min(...small.map((s) => s.width)), 9);
        }
        expect(r.facts.smallest_hole).toBeCloseTo(Math.min(...specs.map((s) => s.width)), 9);
      }),
      { numRuns: 60 },
    );
  });
});
