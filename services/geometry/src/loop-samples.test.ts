import { describe, expect, it } from 'vitest';
import { arc, circle, line, lwpolyline, makeDxf } from '../test/make-dxf.ts';
import { AsciiTagReader } from './ascii-tag-reader.ts';
import { computeFacts } from './compute-facts.ts';
import { explode } from './explode.ts';
import { countSamples, samplesBetween } from './loop-samples.ts';
import { loopPolygon } from './loop-shape.ts';
import { ReadContext } from './read-context.ts';
import { readDxf } from './read-dxf.ts';
import { sniffFormat } from './sniff-format.ts';

/** Loops, edges and polyline cache of a drawing, as `analyseDxf` computes them (mm). */
function analysisOf(
  dxf: string,
): ReturnType<typeof computeFacts> & { edges: ReturnType<typeof explode>['edges'] } {
  const bytes = new TextEncoder().encode(dxf);
  const sniffed = sniffFormat(bytes);
  if (sniffed.kind !== 'ascii') throw new Error('expected ASCII');
  const ctx = new ReadContext(1e6, 1e6, 1e9, null);
  const doc = readDxf(new AsciiTagReader(bytes, sniffed.start), ctx);
  const ex = explode(doc.entities, doc.blocks, ctx, 32, [], 0.1);
  return { ...computeFacts(ex, 0.01, ctx), edges: ex.edges };
}

describe('loop samples', () => {
  it('are the same computed whole, in ranges, and as vertices of the loop polygon', () => {
    const a = analysisOf(
      makeDxf([
        lwpolyline(
          [
            [0, 0],
            [100, 0, 0.4],
            [100, 50],
            [0, 50, -1],
          ],
          true,
        ),
        circle(20, 20, 5),
        circle(50, 25, 0.02),
        line(60, 10, 80, 10),
        arc(80, 15, 5, 270, 90),
        line(80, 20, 60, 20),
        arc(60, 15, 5, 90, 270),
        lwpolyline(
          [
            [30, 30],
            [33, 30],
            [33, 33],
          ],
          true,
        ),
      ]),
    );
    expect(a.loops.length).toBe(5);
    const whole = new Float64Array(16);
    const pieces = new Float64Array(16);
    a.loops.forEach((loop) => {
      const k = countSamples(a.edges, loop, a.lines);
      const n = 2 * k;
      samplesBetween(a.edges, loop, a.lines, 0, k, whole);
      samplesBetween(a.edges, loop, a.lines, 0, Math.min(k, 3), pieces);
      for (let s = 3; s < k; s++) samplesBetween(a.edges, loop, a.lines, s, s + 1, pieces);
      expect(Array.from(pieces.subarray(0, n))).toEqual(Array.from(whole.subarray(0, n)));
      const poly = loopPolygon(a.edges, loop, a.lines);
      const nv = poly.length / 2;
      for (let s = 0; s < k; s++) {
        const v = Math.floor((s * nv) / k);
        expect(whole[2 * s]).toBe(poly[2 * v]!);
        expect(whole[2 * s + 1]).toBe(poly[2 * v + 1]!);
      }
    });
  });
});
