import { describe, expect, it } from 'vitest';
import { okOf } from '../test/expect-facts.ts';
import { circle, line, lwpolyline, makeDxf } from '../test/make-dxf.ts';
import { num } from './preview-bytes.ts';

describe('preview', () => {
  it('draws outer, hole and open contours in mm from an inch drawing', () => {
    const r = okOf(
      makeDxf(
        [
          lwpolyline(
            [
              [0, 0],
              [4, 0],
              [4, 2],
              [0, 2],
            ],
            true,
          ),
          circle(1, 1, 0.25),
          line(5, 0, 6, 1),
        ],
        { insunits: 1 },
      ),
    );
    const kinds = r.preview.paths.map((p) => p.kind).sort();
    expect(kinds).toEqual(['hole', 'open', 'outer']);
    expect(r.preview.bbox).toEqual([0, 0, 6 * 25.4, 2 * 25.4]);
    const outer = r.preview.paths.find((p) => p.kind === 'outer');
    expect(outer?.d).toBe('M0 0L101.6 0L101.6 50.8L0 50.8L0 0Z');
    expect(r.preview.truncated).toBe(false);
    expect(r.problems.find((p) => p.code === 'open-contour')?.where).toEqual([[5, 0]]);
  });

  it('draws a large drawing no finer than its resolution asks, a small one at previewTolMm', () => {
    const vertices = (d: string): number => d.split(/[ML]/).length - 1;
    // A 2 m circle: at 0.05 mm it takes about 315 points; at 2000 / 4000 = 0.5 mm about 100.
    const big = okOf(makeDxf([circle(0, 0, 1000)], { insunits: 4 }));
    const sharp = okOf(makeDxf([circle(0, 0, 1000)], { insunits: 4 }), { previewResolution: 0 });
    const coarse = vertices(big.preview.paths[0]?.d ?? '');
    expect(coarse).toBeGreaterThan(90);
    expect(coarse).toBeLessThan(120);
    expect(vertices(sharp.preview.paths[0]?.d ?? '')).toBeGreaterThan(300);
    // A 20 mm circle is drawn at previewTolMm whatever the resolution.
    const small = okOf(makeDxf([circle(0, 0, 10)], { insunits: 4 }));
    const smallSharp = okOf(makeDxf([circle(0, 0, 10)], { insunits: 4 }), { previewResolution: 0 });
    expect(small.preview.paths[0]?.d).toBe(smallSharp.preview.paths[0]?.d);
  });

  it('leaves paths out beyond the point budget and says so', () => {
    const r = okOf(makeDxf(Array.from({ length: 50 }, (_, i) => circle(i * 10, 0, 3))), {
      previewMaxPoints: 100,
    });
    expect(r.preview.truncated).toBe(true);
    expect(r.preview.paths.length).toBeLessThan(50);
  });

  it('flags holes narrower than the material and slots by their width', () => {
    const slot = lwpolyline(
      [
        [40, 10],
        [60, 10, 1],
        [60, 12],
        [40, 12, 1],
      ],
      true,
    );
    const r = okOf(
      makeDxf([
        lwpolyline(
          [
            [0, 0],
            [100, 0],
            [100, 50],
            [0, 50],
          ],
          true,
        ),
        circle(10, 10, 1),
        slot,
      ]),
      {
        thicknessMm: 3,
      },
    );
    expect(r.facts.smallest_hole).toBeCloseTo(2, 6);
    const small = r.problems.find((p) => p.code === 'hole-too-small');
    expect(small?.count).toBe(2);
    expect(small?.details.smallest_mm).toBeCloseTo(2, 6);
    const loose = okOf(
      makeDxf([
        lwpolyline(
          [
            [0, 0],
            [100, 0],
            [100, 50],
            [0, 50],
          ],
          true,
        ),
        circle(10, 10, 1),
      ]),
      {
        thicknessMm: 1.5,
      },
    );
    expect(loose.problems.some((p) => p.code === 'hole-too-small')).toBe(false);
  });

  it('writes coordinates beyond the integer writer through the string formatter, room kept for the rest', () => {
    // Hundredths beyond an int32 first, then a run of points of 21-digit coordinates (longer than
    // the room reserved per point), in a path of several chunks.
    const pts: [number, number][] = [];
    for (let i = 0; i < 9000; i++) {
      if (i === 0) pts.push([3e10, 0]);
      else if (i >= 2000 && i < 5000) pts.push([1.2345678901234567e20 + i * 1e6, -9.87654321e19 - i * 1e6]);
      else pts.push([i, (i * 7) % 13]);
    }
    const r = okOf(makeDxf([lwpolyline(pts, false)], { insunits: 4 }), { previewResolution: 0 });
    expect(r.preview.paths[0]?.d).toBe('M' + pts.map(([x, y]) => `${num(x)} ${num(y)}`).join('L'));
  });

  it('decodes paths in runs: many short ones and one longer than a run come out as drawn alone', () => {
    const opts = { previewResolution: 0 };
    const circles = Array.from({ length: 600 }, (_, i) => circle(3 * (i % 30), 3 * Math.floor(i / 30), 1));
    const long = lwpolyline(
      Array.from({ length: 5000 }, (_, i) => [i * 0.37, 100 + (i % 2) * 0.5]),
      false,
    );
    const all = okOf(makeDxf([...circles, long]), opts).preview.paths.map((p) => p.d);
    const alone = [...circles, long].map((e) => okOf(makeDxf([e]), opts).preview.paths[0]?.d);
    expect(all.join('').length).toBeGreaterThan(3 * 32768);
    expect(Math.max(...all.map((d) => d.length))).toBeGreaterThan(32768);
    expect(all.sort()).toEqual(alone.sort());
  });
});
