import { describe, expect, it } from 'vitest';
import { factsOf, okOf } from '../test/expect-facts.ts';
import {
  arc,
  circle,
  ellipse,
  insert,
  line,
  lwpolyline,
  makeDxf,
  polyline,
  spline,
  text,
} from '../test/make-dxf.ts';

const rect = (x: number, y: number, w: number, h: number): number[][] => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
];

describe('closed-form parts', () => {
  it('reads the QUOTING.md worked check: 200 x 100 plate, four 10 mm holes, 50 x 30 cut-out', () => {
    const f = factsOf(
      makeDxf([
        lwpolyline(rect(0, 0, 200, 100), true),
        circle(20, 20, 5),
        circle(180, 20, 5),
        circle(20, 80, 5),
        circle(180, 80, 5),
        lwpolyline(rect(75, 35, 50, 30), true),
      ]),
    );
    expect(f.cut_length).toBeCloseTo(600 + 4 * 10 * Math.PI + 160, 9);
    expect(f.pierces).toBe(6);
    expect(f.closed_loops).toBe(6);
    expect(f.holes_in_outer).toBe(5);
    expect(f.outer_area).toBeCloseTo(20000, 9);
    expect(f.net_area).toBeCloseTo(20000 - 4 * 25 * Math.PI - 1500, 9);
    expect(f.top_level_loops).toBe(1);
    expect(f.bbox).toEqual([0, 0, 200, 100]);
    expect(f.mm_per_unit).toBe(1);
    expect(f.smallest_hole).toBeCloseTo(10, 9);
  });

  it('takes bulges as exact arcs: a stadium of two semicircles', () => {
    // Slot 100 long, 20 wide: two straight sides and two half circles of radius 10.
    const f = factsOf(
      makeDxf([
        lwpolyline(
          [
            [0, 0],
            [100, 0, 1],
            [100, 20],
            [0, 20, 1],
          ],
          true,
        ),
      ]),
    );
    expect(f.cut_length).toBeCloseTo(200 + 20 * Math.PI, 10);
    expect(f.outer_area).toBeCloseTo(100 * 20 + Math.PI * 100, 9);
    expect(f.bbox?.[0]).toBeCloseTo(-10, 12);
    expect(f.bbox?.[2]).toBeCloseTo(110, 12);
    expect(f.smallest_hole).toBeNull();
  });

  it('chains lines and arcs into one loop and measures the area with gaps closed', () => {
    const f = factsOf(
      makeDxf([line(0, 0, 10, 0), arc(10, 5, 5, -90, 90), line(10, 10, 0, 10), line(0, 10, 0, 0)]),
    );
    expect(f.closed_loops).toBe(1);
    expect(f.open_chains).toBe(0);
    expect(f.outer_area).toBeCloseTo(100 + (Math.PI * 25) / 2, 9);
    expect(f.cut_length).toBeCloseTo(30 + 5 * Math.PI, 10);
  });

  it('measures ellipses by quadrature: full ellipse 2 x 1 and a quarter arc', () => {
    const f = factsOf(makeDxf([ellipse(0, 0, 2, 0, 0.5)]));
    expect(f.cut_length).toBeCloseTo(9.688448220547675, 9);
    expect(f.outer_area).toBeCloseTo(2 * Math.PI, 9);
    const q = factsOf(makeDxf([ellipse(0, 0, 2, 0, 0.5, 0, Math.PI / 2)]));
    expect(q.cut_length).toBeCloseTo(9.688448220547675 / 4, 9);
    expect(q.open_chains).toBe(1);
  });

  it('evaluates a rational spline exactly: NURBS quarter circles make a circle', () => {
    const w = Math.SQRT1_2;
    const ctrl = [
      [1, 0],
      [1, 1],
      [0, 1],
      [-1, 1],
      [-1, 0],
      [-1, -1],
      [0, -1],
      [1, -1],
      [1, 0],
    ];
    const knots = [0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 4];
    const f = factsOf(makeDxf([spline(2, ctrl, knots, [1, w, 1, w, 1, w, 1, w, 1])]));
    expect(f.cut_length).toBeCloseTo(2 * Math.PI, 9);
    expect(f.outer_area).toBeCloseTo(Math.PI, 9);
    expect(f.closed_loops).toBe(1);
    expect(f.bbox?.[2]).toBeCloseTo(1, 3);
  });

  it('reads R12 POLYLINE with VERTEX entities like LWPOLYLINE', () => {
    const a = factsOf(
      makeDxf([
        polyline(
          [
            [0, 0],
            [10, 0, 0.5],
            [10, 10],
            [0, 10],
          ],
          true,
        ),
      ]),
    );
    const b = factsOf(
      makeDxf([
        lwpolyline(
          [
            [0, 0],
            [10, 0, 0.5],
            [10, 10],
            [0, 10],
          ],
          true,
        ),
      ]),
    );
    expect(a.cut_length).toBeCloseTo(b.cut_length, 12);
    expect(a.outer_area).toBeCloseTo(b.outer_area ?? 0, 12);
  });

  it('honours an OCS extrusion of (0, 0, -1): a mirrored arc', () => {
    const f = factsOf(makeDxf([arc(10, 0, 5, 0, 90, '0', -1)]));
    // In OCS the arc goes from (15, 0) to (10, 5); mirrored in WCS x becomes -x.
    expect(f.bbox?.[0]).toBeCloseTo(-15, 12);
    expect(f.bbox?.[2]).toBeCloseTo(-10, 12);
    expect(f.cut_length).toBeCloseTo(2.5 * Math.PI, 12);
  });

  it('treats radius <= 0 as degenerate and counts text without cutting it', () => {
    const r = okOf(makeDxf([circle(0, 0, 0), circle(5, 5, -2), text('<script>alert(1)</script> & "]]>')]));
    expect(r.facts.degenerate_edges).toBe(2);
    expect(r.facts.bbox).toBeNull();
    expect(r.facts.ignored_counts).toEqual({ TEXT: 1 });
    expect(r.problems.map((p) => p.code)).toContain('text-not-cut');
  });
});

describe('blocks', () => {
  const blocks = [{ name: 'HOLE', base: [1, 1] as [number, number], entities: [circle(1, 1, 1)] }];

  it('turns a circle under non-uniform scale into an ellipse', () => {
    const f = factsOf(makeDxf([insert('HOLE', 50, 50, { sx: 2, sy: 3 })], { blocks }));
    expect(f.outer_area).toBeCloseTo(Math.PI * 2 * 3, 9);
    expect(f.bbox?.[0]).toBeCloseTo(48, 9);
    expect(f.bbox?.[3]).toBeCloseTo(53, 9);
    expect(f.warnings.non_uniform_scaled_insert).toBe(1);
  });

  it('places MINSERT copies on a rotated grid and composes nested, mirrored inserts', () => {
    const grid = factsOf(
      makeDxf([insert('HOLE', 0, 0, { cols: 3, rows: 2, dx: 10, dy: 10, rot: 90 })], { blocks }),
    );
    expect(grid.exploded_counts).toEqual({ CIRCLE: 6 });
    expect(grid.bbox).toEqual([
      expect.closeTo(-11, 9),
      expect.closeTo(-1, 9),
      expect.closeTo(1, 9),
      expect.closeTo(21, 9),
    ]);
    const nested = factsOf(
      makeDxf([insert('OUTER', 100, 0, { sx: -1 })], {
        blocks: [
          ...blocks,
          { name: 'OUTER', entities: [insert('HOLE', 10, 0, { rot: 45 }), line(0, 0, 5, 0)] },
        ],
      }),
    );
    expect(nested.exploded_counts).toEqual({ CIRCLE: 1, LINE: 1 });
    expect(nested.bbox?.[0]).toBeCloseTo(89 - 0, 9);
    expect(nested.bbox?.[2]).toBeCloseTo(100, 9);
  });

  it('gives block entities on layer 0 the layer of the INSERT', () => {
    const f = factsOf(makeDxf([insert('HOLE', 0, 0, { layer: 'CUT' })], { blocks }));
    expect(Object.keys(f.length_by_layer)).toEqual(['CUT']);
  });
});
