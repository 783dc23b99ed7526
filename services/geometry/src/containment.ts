import { PolygonTester } from './polygon-tester.ts';
import type { ReadContext } from './read-context.ts';

/** What containment needs about the loops, in flat arrays. */
export interface LoopGeoms {
  /** Number of loops. */
  n: number;
  /** |area| per loop. */
  area: Float64Array;
  /** Boxes, 4 numbers per loop (xmin, ymin, xmax, ymax). */
  box: Float64Array;
  /**
   * Per loop, a bound on how far its polygon's vertices may lie outside its box by rounding (arcs
   * are flattened from their centre and axes); NaN or infinite when a vertex may not be finite.
   */
  slack: Float64Array;
  /** Polygon of loop i, x/y interleaved (asked at most once per loop). */
  polygon(i: number): Float64Array;
  /** Number of samples of loop i: up to 8 polygon vertices, evenly spaced along its vertex list. */
  sampleCount(i: number): number;
  /**
   * Samples from..to-1 of loop i into out[2s], out[2s + 1]. A vote is decided after 4 to 8 samples
   * (5 of 8 inside), so the samples after the ones the votes need are never computed.
   */
  samplesBetween(i: number, from: number, to: number, out: Float64Array): void;
}

/** Parent (smallest containing loop, -1 for none) and depth (number of containing loops) of each loop. */
export interface Nesting {
  parent: Int32Array;
  depth: Int32Array;
}

const sampleBuf = new Float64Array(16);
const centre = new Float64Array(2);
/** The clearance box of the current pair (in an array: doubles passed to a call that is not inlined are boxed). */
const clearBox = new Float64Array(4);
/** Candidates of the current loop (grown on demand): a typed array refilled, nothing allocated per loop. */
let candidates = new Int32Array(64);

/** Samples computed at once: a vote needs at least 4 (all outside) and 5 for a loop inside. */
const FIRST_SAMPLES = 5;

/**
 * Loop A is inside loop B if area(A) < area(B), A's box lies within B's (+- tol) and most of up to
 * 8 vertices of A (evenly spaced along its vertex list) are inside B's polygon (even-odd rule).
 * When no edge of B's polygon comes near A's box (`PolygonTester.clearOf`, with a margin far above
 * rounding), all those vertices get the same answer as the box's centre: one test decides the vote,
 * and A's samples are not needed.
 */
export function nestLoops(g: LoopGeoms, tol: number, ctx: ReadContext): Nesting {
  const n = g.n;
  const parent = new Int32Array(n).fill(-1);
  const depth = new Int32Array(n);
  const area = g.area;
  const slack = g.slack;
  const testers: (PolygonTester | undefined)[] = new Array<PolygonTester | undefined>(n);
  const grid = new BoxGrid(g.box, n, area);
  const boxes = g.box;
  // A loop's parent and depth depend only on the loops around it: any visiting order gives the same result.
  for (let a = 0; a < n; a++) {
    if ((a & 255) === 255) ctx.progress(0.85 + (0.1 * a) / n);
    let best = -1;
    let k = -1; // samples of a, counted when a first candidate needs them
    let have = 0; // samples of a computed so far (the first `have`)
    const nc = grid.containing(a, tol, area);
    const cand = candidates;
    const o = 4 * a;
    const ax0 = boxes[o] as number;
    const ay0 = boxes[o + 1] as number;
    const ax1 = boxes[o + 2] as number;
    const ay1 = boxes[o + 3] as number;
    // Margin of the clearance test: the tolerance, plus far more than the rounding of both polygons.
    const baseMargin = tol + (slack[a] as number) + 1e-9 * (absSum(boxes, o) + (slack[a] as number));
    centre[0] = (ax0 + ax1) / 2;
    centre[1] = (ay0 + ay1) / 2;
    // Candidates: larger loops whose box holds a's.
    for (let c = 0; c < nc; c++) {
      const b = cand[c] as number;
      ctx.tick();
      let t = testers[b];
      if (!t) t = testers[b] = new PolygonTester(g.polygon(b));
      const m = baseMargin + 1e-9 * (absSum(boxes, 4 * b) + (slack[b] as number));
      let inside: boolean;
      clearBox[0] = ax0 - m;
      clearBox[1] = ay0 - m;
      clearBox[2] = ax1 + m;
      clearBox[3] = ay1 + m;
      if (m < Infinity && t.clearOf(clearBox, 0)) inside = t.contains(centre, 0);
      else {
        if (k < 0) k = g.sampleCount(a);
        // Majority vote, votes * 2 > k: stop once it is decided.
        let votes = 0;
        let left = k;
        for (let s = 0; s < k; s++) {
          if (s === have) {
            // At least 4 samples decide a vote: those at once, then one at a time.
            const to = Math.min(k, Math.max(s + 1, FIRST_SAMPLES));
            g.samplesBetween(a, s, to, sampleBuf);
            have = to;
          }
          if (t.contains(sampleBuf, 2 * s)) votes++;
          left--;
          if (votes * 2 > k || (votes + left) * 2 <= k) break;
        }
        inside = votes * 2 > k;
      }
      if (inside) {
        depth[a] = (depth[a] as number) + 1;
        if (best < 0 || (area[b] as number) < (area[best] as number)) best = b;
      }
    }
    parent[a] = best;
  }
  return { parent, depth };
}

/** Stores candidate `i` at place `count` (growing the array) and returns the new count. */
function pushCandidate(count: number, i: number): number {
  if (count === candidates.length) {
    const grown = new Int32Array(2 * count);
    grown.set(candidates);
    candidates = grown;
  }
  candidates[count] = i;
  return count + 1;
}

/** Sum of the magnitudes of the box at offset `o` (a scale for rounding margins). */
function absSum(b: Float64Array, o: number): number {
  return (
    Math.abs(b[o] as number) +
    Math.abs(b[o + 1] as number) +
    Math.abs(b[o + 2] as number) +
    Math.abs(b[o + 3] as number)
  );
}

/** Uniform grid over loop boxes (CSR layout): a loop is listed in every cell its box overlaps (capped). */
class BoxGrid {
  private readonly start: Int32Array;
  private readonly items: Int32Array;
  /** Largest area of the loops listed in each cell: a cell without a larger loop is not scanned. */
  private readonly cellMax: Float64Array;
  private readonly big: number[] = [];
  private readonly nx: number;
  private readonly ny: number;
  private readonly x0: number;
  private readonly y0: number;
  private readonly cw: number;
  private readonly ch: number;
  private readonly boxes: Float64Array;

  constructor(boxes: Float64Array, n: number, area: Float64Array) {
    this.boxes = boxes;
    let x0 = Infinity,
      y0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      x0 = Math.min(x0, boxes[4 * i] as number);
      y0 = Math.min(y0, boxes[4 * i + 1] as number);
      x1 = Math.max(x1, boxes[4 * i + 2] as number);
      y1 = Math.max(y1, boxes[4 * i + 3] as number);
    }
    const side = Math.max(1, Math.min(512, Math.ceil(Math.sqrt(n))));
    this.nx = this.ny = side;
    this.x0 = x0;
    this.y0 = y0;
    this.cw = (x1 - x0) / side || 1;
    this.ch = (y1 - y0) / side || 1;
    const cells = side * side;
    const start = new Int32Array(cells + 1);
    // Cell ranges per loop, -1 for the big ones.
    const range = new Int32Array(4 * n);
    for (let i = 0; i < n; i++) {
      const ix0 = this.cellX(boxes[4 * i] as number);
      const iy0 = this.cellY(boxes[4 * i + 1] as number);
      const ix1 = this.cellX(boxes[4 * i + 2] as number);
      const iy1 = this.cellY(boxes[4 * i + 3] as number);
      if ((ix1 - ix0 + 1) * (iy1 - iy0 + 1) > 64) {
        this.big.push(i);
        range[4 * i] = -1;
        continue;
      }
      range[4 * i] = ix0;
      range[4 * i + 1] = iy0;
      range[4 * i + 2] = ix1;
      range[4 * i + 3] = iy1;
      for (let ix = ix0; ix <= ix1; ix++)
        for (let iy = iy0; iy <= iy1; iy++)
          start[iy * side + ix + 1] = (start[iy * side + ix + 1] as number) + 1;
    }
    for (let c = 0; c < cells; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
    const items = new Int32Array(start[cells] as number);
    const fill = start.slice(0, cells);
    const cellMax = new Float64Array(cells).fill(-Infinity);
    for (let i = 0; i < n; i++) {
      const ix0 = range[4 * i] as number;
      if (ix0 < 0) continue;
      const iy0 = range[4 * i + 1] as number;
      const ix1 = range[4 * i + 2] as number;
      const iy1 = range[4 * i + 3] as number;
      for (let ix = ix0; ix <= ix1; ix++)
        for (let iy = iy0; iy <= iy1; iy++) {
          const c = iy * side + ix;
          items[fill[c] as number] = i;
          fill[c] = (fill[c] as number) + 1;
          // NaN areas too: `>` never holds for them, and `minArea < NaN` never admits them.
          if ((area[i] as number) > (cellMax[c] as number)) cellMax[c] = area[i] as number;
        }
    }
    this.start = start;
    this.items = items;
    this.cellMax = cellMax;
  }

  private cellX(x: number): number {
    const ix = Math.floor((x - this.x0) / this.cw);
    return Number.isFinite(ix) ? Math.min(this.nx - 1, Math.max(0, ix)) : 0;
  }

  private cellY(y: number): number {
    const iy = Math.floor((y - this.y0) / this.ch);
    return Number.isFinite(iy) ? Math.min(this.ny - 1, Math.max(0, iy)) : 0;
  }

  /**
   * Fills `candidates` with the loops whose box contains loop a's within `tol` and whose area is
   * larger than area[a] (each at most once) and returns their number. The area is tested first:
   * most loops listed in a cell are not larger than the one asking.
   */
  containing(a: number, tol: number, area: Float64Array): number {
    const bx = this.boxes;
    const o = 4 * a;
    const minArea = area[a] as number;
    let count = 0;
    const b0 = bx[o] as number;
    const b1 = bx[o + 1] as number;
    const b2 = bx[o + 2] as number;
    const b3 = bx[o + 3] as number;
    const c = this.cellY((b1 + b3) / 2) * this.nx + this.cellX((b0 + b2) / 2);
    // No loop of the cell is larger (equal holes of a perforated plate share their cells): none passes.
    const end = minArea < (this.cellMax[c] as number) ? (this.start[c + 1] as number) : 0;
    const items = this.items;
    for (let k = this.start[c] as number; k < end; k++) {
      const i = items[k] as number;
      if (minArea < (area[i] as number) && this.fits(i, b0, b1, b2, b3, tol)) count = pushCandidate(count, i);
    }
    const big = this.big;
    for (let k = 0; k < big.length; k++) {
      const i = big[k] as number;
      if (minArea < (area[i] as number) && this.fits(i, b0, b1, b2, b3, tol)) count = pushCandidate(count, i);
    }
    return count;
  }

  private fits(i: number, b0: number, b1: number, b2: number, b3: number, tol: number): boolean {
    const b = this.boxes;
    const o = 4 * i;
    return (
      (b[o] as number) - tol <= b0 &&
      (b[o + 1] as number) - tol <= b1 &&
      (b[o + 2] as number) + tol >= b2 &&
      (b[o + 3] as number) + tol >= b3
    );
  }
}
