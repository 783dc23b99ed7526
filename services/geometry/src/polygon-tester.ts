import { f64 } from './arena.ts';
import { crosses, edgeClear } from './polygon-edge.ts';
import { edgesClear, rayParity } from './polygon-scan.ts';

/** Scratch of `buildIndex`: the band of each vertex (grown on demand). */
let vertexBands = new Int32Array(1024);
/** Scratch of `buildIndex`: the next free place of each band while the index is filled. */
let bandFill = new Int32Array(1024);

/** Edges per chunk of the chunk scan, and chunks per group (a group's y-range is checked first). */
const CHUNK = 8;
const GROUP = 8;

/**
 * Work units (range checks and edge tests) a polygon's chunk scans may take, per vertex, before its
 * band index is built: the index costs about that much to build and answers in a few steps.
 */
const INDEX_AFTER = 6;

/**
 * Work units (range checks and edge tests, past the group scan) a `clearOf` may take before it
 * gives up and answers false: a majority vote of the samples costs about five point tests.
 */
const CLEAR_BUDGET = 160;

/**
 * Even-odd point-in-polygon test (a horizontal ray to +x). Every answer is the parity of the
 * crossings over all edges; the edges skipped are only ones that cannot cross the ray. Small
 * polygons are scanned whole. Larger ones are first scanned by chunks of 8 consecutive edges in
 * groups of 8 chunks, skipping a group or chunk whose y-range misses the ray (a loop's edges are
 * short and local, so few pass): cheap to set up for the many polygons that are asked a few points
 * only. A polygon asked many points gets an index of its edges by y band (compact CSR layout) once
 * the scans have cost about what building it does. Points are read from an array (a double passed
 * to a call that is not inlined is boxed).
 */
export class PolygonTester {
  private readonly poly: Float64Array;
  private readonly nv: number;
  /**
   * Per chunk, then per group of chunks: lowest and highest y, then lowest and highest x of its
   * edges' end points (NaN ignored).
   */
  private readonly chunkY: Float64Array | null = null;
  private readonly groupY: Float64Array | null = null;
  private work = 0;
  /**
   * False when a vertex has a non-finite coordinate: then the crossing tests of its edges do not
   * follow any shape, and `clearOf` answers false.
   */
  private allFinite = true;
  private start: Int32Array | null = null;
  private items: Int32Array | null = null;
  private nb = 0;
  private y0 = 0;
  private h = 1;

  constructor(poly: Float64Array) {
    this.poly = poly;
    const nv = poly.length / 2;
    this.nv = nv;
    if (nv < 64) {
      let sum = 0;
      for (let i = 0; i < poly.length; i++) sum += (poly[i] as number) - (poly[i] as number);
      this.allFinite = sum === 0;
      return;
    }
    const nc = Math.ceil(nv / CHUNK);
    // Views into the shared chunks: a backing store of their own per polygon costs more than the ranges.
    const cy = f64(4 * nc);
    const gy = f64(4 * Math.ceil(nc / GROUP));
    // Sum of x - x and y - y over the vertices: 0 when all are finite, NaN otherwise.
    let nonFinite = 0;
    for (let c = 0; c < nc; c++) {
      // A chunk's edges run from vertex CHUNK * c to `end` (0 after the last vertex).
      const end = Math.min(nv, CHUNK * c + CHUNK);
      const last = end === nv ? 0 : end;
      let x = poly[2 * last] as number;
      let y = poly[2 * last + 1] as number;
      let lo = y;
      let hi = y;
      let left = x;
      let right = x;
      for (let k = 2 * CHUNK * c; k < 2 * end; k += 2) {
        x = poly[k] as number;
        y = poly[k + 1] as number;
        if (y < lo) lo = y;
        else if (y > hi) hi = y;
        if (x < left) left = x;
        else if (x > right) right = x;
        nonFinite += x - x + (y - y);
      }
      cy[4 * c] = lo;
      cy[4 * c + 1] = hi;
      cy[4 * c + 2] = left;
      cy[4 * c + 3] = right;
      const g = 4 * Math.floor(c / GROUP);
      if (c % GROUP === 0) {
        gy[g] = lo;
        gy[g + 1] = hi;
        gy[g + 2] = left;
        gy[g + 3] = right;
      } else {
        if (lo < (gy[g] as number)) gy[g] = lo;
        if (hi > (gy[g + 1] as number)) gy[g + 1] = hi;
        if (left < (gy[g + 2] as number)) gy[g + 2] = left;
        if (right > (gy[g + 3] as number)) gy[g + 3] = right;
      }
    }
    this.chunkY = cy;
    this.groupY = gy;
    // With a non-finite coordinate the ranges above mean nothing, and the band index (NaN bands) and
    // a full scan can differ: the index, at once, as before; `clearOf` then always answers false.
    if (nonFinite !== 0) {
      this.allFinite = false;
      this.buildIndex();
    }
  }

  /**
   * True when no edge of the polygon has a bounding box that meets the box [x0, x1] x [y0, y1]
   * (x0, y0, x1, y1 at box[o, o + 4): read from an array, as points are): then every point of the
   * box has the same even-odd answer, exactly and as `contains` computes it
   * (each edge is wholly above, below, left or right of the box, so its crossing test is decided
   * the same way for all of them). False when in doubt (an edge near, a non-finite vertex, or a
   * box that spans so much of a large polygon that checking it costs more than a vote).
   */
  clearOf(box: Float64Array, o: number): boolean {
    const x0 = box[o] as number;
    const y0 = box[o + 1] as number;
    const x1 = box[o + 2] as number;
    const y1 = box[o + 3] as number;
    const p = this.poly;
    const nv = this.nv;
    if (this.start) return this.clearIndexed(x0, y0, x1, y1);
    if (!this.allFinite) return false;
    const cb = this.chunkY;
    if (!cb) {
      return nv === 0 || edgesClear(p, nv, 0, nv, x0, y0, x1, y1);
    }
    const gy = this.groupY as Float64Array;
    const nc = cb.length / 4;
    const ng = gy.length / 4;
    let work = ng;
    let clear = true;
    for (let g = 0; g < ng && clear; g++) {
      const r = 4 * g;
      if ((gy[r + 1] as number) < y0 || (gy[r] as number) > y1) continue;
      if ((gy[r + 3] as number) < x0 || (gy[r + 2] as number) > x1) continue;
      // Past the budget the samples' vote is the cheaper answer.
      if (work > ng + CLEAR_BUDGET) clear = false;
      const cEnd = Math.min(nc, GROUP * g + GROUP);
      work += GROUP;
      for (let c = GROUP * g; c < cEnd && clear; c++) {
        const q = 4 * c;
        if ((cb[q + 1] as number) < y0 || (cb[q] as number) > y1) continue;
        if ((cb[q + 3] as number) < x0 || (cb[q + 2] as number) > x1) continue;
        const end = Math.min(nv, CHUNK * c + CHUNK);
        work += CHUNK;
        if (!edgesClear(p, nv, CHUNK * c, end, x0, y0, x1, y1)) clear = false;
      }
    }
    this.work += work;
    if (this.work > INDEX_AFTER * nv) this.buildIndex();
    return clear;
  }

  /** `clearOf` by the band index: the edges listed in the bands of the box's y-range. */
  private clearIndexed(x0: number, y0: number, x1: number, y1: number): boolean {
    if (!this.allFinite) return false;
    const p = this.poly;
    const nv = this.nv;
    const start = this.start as Int32Array;
    const items = this.items as Int32Array;
    const end = start[this.band(y1) + 1] as number;
    const begin = start[this.band(y0)] as number;
    if (end - begin > CLEAR_BUDGET) return false;
    for (let k = begin; k < end; k++) if (!edgeClear(p, nv, items[k] as number, x0, y0, x1, y1)) return false;
    return true;
  }

  /** True when point (pts[o], pts[o + 1]) is inside the polygon by the even-odd rule. */
  contains(pts: Float64Array, o: number): boolean {
    if (this.start) return this.indexed(pts, o);
    if (this.chunkY) return this.chunked(pts, o);
    const p = this.poly;
    const nv = this.nv;
    const x = pts[o] as number;
    const y = pts[o + 1] as number;
    return nv > 0 && rayParity(p, nv, 0, nv, x, y);
  }

  /** `contains` by the band index: the edges listed in the point's band. */
  private indexed(pts: Float64Array, o: number): boolean {
    const p = this.poly;
    const nv = this.nv;
    const x = pts[o] as number;
    const y = pts[o + 1] as number;
    const start = this.start as Int32Array;
    const items = this.items as Int32Array;
    const b = this.band(y);
    const end = start[b + 1] as number;
    let inside = false;
    for (let k = start[b] as number; k < end; k++)
      if (crosses(p, nv, items[k] as number, x, y)) inside = !inside;
    return inside;
  }

  /**
   * `contains` by the chunk scan. An edge crosses only if one end is above y and the other is not:
   * its chunk and group have hi > y >= lo. Builds the band index once the scans have cost enough.
   */
  private chunked(pts: Float64Array, o: number): boolean {
    const p = this.poly;
    const nv = this.nv;
    const x = pts[o] as number;
    const y = pts[o + 1] as number;
    const cy = this.chunkY as Float64Array;
    const gy = this.groupY as Float64Array;
    const nc = cy.length / 4;
    const ng = gy.length / 4;
    let inside = false;
    let work = ng;
    for (let g = 0; g < ng; g++) {
      if (!((gy[4 * g + 1] as number) > y && (gy[4 * g] as number) <= y)) continue;
      const cEnd = Math.min(nc, GROUP * g + GROUP);
      work += GROUP;
      for (let c = GROUP * g; c < cEnd; c++) {
        if (!((cy[4 * c + 1] as number) > y && (cy[4 * c] as number) <= y)) continue;
        work += CHUNK;
        if (rayParity(p, nv, CHUNK * c, Math.min(nv, CHUNK * c + CHUNK), x, y)) inside = !inside;
      }
    }
    this.work += work;
    if (this.work > INDEX_AFTER * nv) this.buildIndex();
    return inside;
  }

  private band(y: number): number {
    return Math.min(this.nb - 1, Math.max(0, Math.floor((y - this.y0) / this.h)));
  }

  /** The edges listed by y band (bands of about 4 vertices on average), an edge in every band it spans. */
  private buildIndex(): void {
    const poly = this.poly;
    const nv = this.nv;
    let ymin = Infinity;
    let ymax = -Infinity;
    for (let i = 1; i < poly.length; i += 2) {
      ymin = Math.min(ymin, poly[i] as number);
      ymax = Math.max(ymax, poly[i] as number);
    }
    const nb = Math.max(1, Math.min(4096, Math.floor(nv / 4)));
    this.nb = nb;
    this.y0 = ymin;
    this.h = (ymax - ymin) / nb || 1;
    // Band of each vertex once (band is monotone, so an edge spans the bands between its ends').
    if (vertexBands.length < nv) vertexBands = new Int32Array(2 * nv);
    const vb = vertexBands;
    for (let i = 0; i < nv; i++) vb[i] = this.band(poly[2 * i + 1] as number);
    const start = new Int32Array(nb + 1);
    for (let i = 0; i < nv; i++) {
      const ba = vb[i] as number;
      const bb = vb[i + 1 === nv ? 0 : i + 1] as number;
      const hi = ba > bb ? ba : bb;
      for (let b = ba > bb ? bb : ba; b <= hi; b++) start[b + 1] = (start[b + 1] as number) + 1;
    }
    for (let b = 0; b < nb; b++) start[b + 1] = (start[b + 1] as number) + (start[b] as number);
    const items = new Int32Array(start[nb] as number);
    if (bandFill.length < nb) bandFill = new Int32Array(2 * nb);
    const fill = bandFill;
    fill.set(start.subarray(0, nb));
    for (let i = 0; i < nv; i++) {
      const ba = vb[i] as number;
      const bb = vb[i + 1 === nv ? 0 : i + 1] as number;
      const hi = ba > bb ? ba : bb;
      for (let b = ba > bb ? bb : ba; b <= hi; b++) {
        items[fill[b] as number] = i;
        fill[b] = (fill[b] as number) + 1;
      }
    }
    this.start = start;
    this.items = items;
  }
}
