import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AsciiTagReader } from './ascii-tag-reader.ts';
import { Common } from './parse-entity.ts';
import { parseSpline } from './parse-spline.ts';
import { ReadContext } from './read-context.ts';

const coord = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => v + 0); // no -0: it is written as 0
const point = fc.tuple(coord, coord, coord);

describe('parseSpline', () => {
  it('keeps control and fit points, knots and weights in file order, past the reused arrays’ first size', () => {
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 600, size: 'max' }),
        fc.array(point, { maxLength: 40 }),
        fc.array(coord, { maxLength: 900, size: 'max' }),
        fc.array(coord, { maxLength: 10 }),
        (ctrl, fit, knots, weights) => {
          // Knots first, then control points with their weights, fit points last (as files write them),
          // a y before any x (ignored) and the layer in between.
          const pairs: [number, number | string][] = [
            [20, 99],
            [8, 'L'],
            [71, 3],
          ];
          for (const k of knots) pairs.push([40, k]);
          ctrl.forEach(([x, y, z], i) => {
            pairs.push([10, x], [20, y], [30, z]);
            if (i < weights.length) pairs.push([41, weights[i] as number]);
          });
          for (const [x, y, z] of fit) pairs.push([11, x], [21, y], [31, z]);
          const text = `0\nSPLINE\n${pairs.map(([c, v]) => `${c}\n${v}\n`).join('')}0\nEOF\n`;
          const r = new AsciiTagReader(new TextEncoder().encode(text));
          r.next();
          const e = parseSpline(r, new Common(), new ReadContext(1e6, 1e7, 1e6, null));
          expect(r.code).toBe(0);
          expect(e.layer).toBe('L');
          expect(e.degree).toBe(3);
          expect(Array.from(e.xs)).toEqual(ctrl.map((p) => p[0]));
          expect(Array.from(e.ys)).toEqual(ctrl.map((p) => p[1]));
          // Fit points are kept only when there is no control point.
          expect(Array.from(e.fit)).toEqual(ctrl.length === 0 ? fit.flat() : []);
          expect(e.finite).toBe(true);
          expect(Array.from(e.knots)).toEqual(knots);
          expect(Array.from(e.weights)).toEqual(weights.slice(0, ctrl.length));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads the pair after a run of knots or weights as it reads any other (a y, a stop, a skipped code, the end)', () => {
    const read = (
      pairs: string,
      end = '0\nEOF\n',
    ): [number[], number[], number[], number[], string, number] => {
      const r = new AsciiTagReader(new TextEncoder().encode(`0\nSPLINE\n${pairs}${end}`));
      r.next();
      const e = parseSpline(r, new Common(), new ReadContext(1e6, 1e7, 1e6, null));
      return [
        Array.from(e.xs),
        Array.from(e.ys),
        Array.from(e.knots),
        Array.from(e.weights),
        e.layer,
        r.code,
      ];
    };
    expect(read('20\n9\n40\n1\n40\n2\n20\n8\n10\n5\n')).toEqual([[5], [0], [1, 2], [], '0', 0]);
    expect(read('10\n5\n40\n1\n40\n2\n20\n6\n41\n3\n30\n7\n8\nL\n40\n4\n5\nAB\n')).toEqual([
      [5],
      [6],
      [1, 2, 4],
      [3],
      'L',
      0,
    ]);
    expect(read('10\n5\n40\n1\n8\nL\n41\n2\n41\n3\n', '')).toEqual([[5], [0], [1], [2, 3], 'L', -1]);
  });

  it('marks a spline with a non-finite control-point z, fit point, knot or weight as not finite', () => {
    const read = (pairs: string): boolean => {
      const r = new AsciiTagReader(new TextEncoder().encode(`0\nSPLINE\n${pairs}0\nEOF\n`));
      r.next();
      return parseSpline(r, new Common(), new ReadContext(1e6, 1e7, 1e6, null)).finite;
    };
    const point = (z: string): string => `10\n1\n20\n2\n30\n${z}\n`;
    expect(read(point('3') + point('4'))).toBe(true);
    expect(read(point('3') + point('1e999'))).toBe(false);
    expect(read(point('3') + '11\n1e999\n21\n0\n31\n0\n')).toBe(false);
    expect(read('40\n1e999\n' + point('3'))).toBe(false);
    expect(read(point('3') + '41\n1e999\n')).toBe(false);
  });
});
