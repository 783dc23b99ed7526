import { describe, expect, it } from 'vitest';
import { AsciiTagReader } from './ascii-tag-reader.ts';
import { Common } from './parse-entity.ts';
import { parsePolyline } from './parse-polyline.ts';
import { PS } from './prim-data.ts';
import { ReadContext } from './read-context.ts';

function read(text: string): ReturnType<typeof parsePolyline> {
  const r = new AsciiTagReader(new TextEncoder().encode(`0\nPOLYLINE\n${text}0\nEOF\n`));
  r.next();
  return parsePolyline(r, new Common(), new ReadContext(1e6, 1e7, 1e6, null));
}

const vertex = (x: number, y: number, more = ''): string => `0\nVERTEX\n8\nL\n10\n${x}\n20\n${y}\n${more}`;

describe('parsePolyline', () => {
  it('keeps vertices in order, past the scratch’s first size, and leaves out spline frame control points', () => {
    const n = 1500;
    let text = '70\n1\n';
    for (let i = 0; i < n; i++) {
      text += vertex(i, 2 * i);
      if (i % 7 === 3) text += vertex(-5, -5, '70\n16\n'); // a frame control point between two vertices
    }
    const e = read(`${text}0\nSEQEND\n`);
    expect(e.vertices).toBe(n);
    expect(e.closed).toBe(true);
    expect(e.pd.length).toBe(n * PS);
    for (let i = 0; i < n; i++) expect([e.pd[PS * i + 1], e.pd[PS * i + 2]]).toEqual([i, 2 * i]);
  });

  it('reads the bulge of a vertex and ignores flags other than 16', () => {
    const e = read(`${vertex(0, 0, '42\n1\n70\n32\n')}${vertex(2, 0, '70\n1\n')}0\nSEQEND\n`);
    expect(e.vertices).toBe(2);
    expect(e.pd[0]).toBe(1); // an arc from the bulge
    expect([e.pd[1], e.pd[2], e.pd[3], e.pd[4]]).toEqual([0, 0, 2, 0]);
  });

  it('is not finite when any vertex x or y is not, first, middle or last, open or closed', () => {
    for (const closed of [0, 1])
      for (let at = 0; at < 4; at++)
        for (const bad of ['nan', 'inf', '-inf', '1e400']) {
          // x of the first and third vertex, y of the second and fourth.
          const xs = ['0', '1', '2', '3'];
          const ys = ['0', '1', '2', '3'];
          (at % 2 === 0 ? xs : ys)[at] = bad;
          let text = `70\n${closed}\n`;
          for (let i = 0; i < 4; i++) text += `0\nVERTEX\n10\n${xs[i]}\n20\n${ys[i]}\n`;
          const e = read(`${text}0\nSEQEND\n`);
          expect(e.finite).toBe(false);
          expect(e.pd.length).toBe(0);
          expect(e.badBulges).toBe(0);
        }
    const one = read(`${vertex(Infinity, 0)}0\nSEQEND\n`);
    expect([one.finite, one.pd.length]).toEqual([false, 0]);
  });

  it('counts non-finite bulges, taken as 0, only when the vertices are finite', () => {
    const e = read(
      `70\n1\n${vertex(0, 0, '42\nnan\n')}${vertex(2, 0, '42\ninf\n')}${vertex(2, 2, '42\n0.5\n')}0\nSEQEND\n`,
    );
    expect([e.finite, e.badBulges, e.pd.length]).toEqual([true, 2, 3 * PS]);
    expect([e.pd[0], e.pd[PS], e.pd[2 * PS]]).toEqual([0, 0, 1]);
    const f = read(`${vertex(0, 0, '42\nnan\n')}${vertex(2, 0)}${vertex(NaN, 2)}0\nSEQEND\n`);
    expect([f.finite, f.badBulges, f.pd.length]).toEqual([false, 0, 0]);
  });
});
