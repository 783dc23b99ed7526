import type { Box } from './bbox.ts';
import type { ReadContext } from './read-context.ts';

/** What containment needs about each loop. */
export interface LoopGeom {
  area: number;
  box: Box;
  /** Polygon, x/y interleaved (built lazily by the caller). */
  polygon: () => Float64Array;
  /** Up to 8 polygon vertices evenly spaced along the vertex list. */
  samples: () => Float64Array;
}

/** Parent (smallest containing loop, -1 for none) and depth (number of containing loops) of each loop. */
export interface Nesting {
  parent: Int32Array;
  depth: Int32Array;
}

/**
 * Loop A is inside loop B if area(A) < area(B), A's box lies within B's (+- tol) and most of up to
 * 8 vertices of A (evenly spaced along its vertex list) are inside B's polygon (even-odd rule).
 */
export function nestLoops(loops: LoopGeom[], tol: number, ctx: ReadContext): Nesting {
  const n = loops.length;
  const parent = new Int32Array(n).fill(-1);
  const depth = new Int32Array(n);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => loops[b]!.area - loops[a]!.area);
  const samples = loops.map(() => null as Float64Array | null);
  const testers = new Map<number, PolygonTester>();
  const grid = new BoxGrid(loops.map((l) => l.box));
  const candidates: number[] = [];
  for (let k = 0; k < n; k++) {
    const a = order[k] as number;
    if ((k & 255) === 255) ctx.progress(0.85 + (0.1 * k) / n);
    const la = loops[a] as LoopGeom;
    let best = -1;
    grid.containing(la.box, tol, candidates);
    for (const b of candidates) {
      const lb = loops[b] as LoopGeom;
      if (!(la.area < lb.area)) continue;
      ctx.tick();
      let s = samples[a];
      if (!s) s = samples[a] = la.samples();
      let t = testers.get(b);
      if (!t) {
        t = new PolygonTester(lb.polygon());
        testers.set(b, t);
      }
      let inside = 0;
      for (let i = 0; i < s.length; i += 2) if (t.contains(s[i] as number, s[i + 1] as number)) inside++;
      if (inside * 2 > s.length / 2) {
        depth[a] = (depth[a] as number) + 1;
        if (best < 0 || lb.area < loops[best]!.area) best = b;
      }
    }
    parent[a] = best;
  }
  return { parent, depth };
}

/** Even-odd point-in-polygon test; large polygons index their edges by y band (compact CSR layout). */
class PolygonTester {
  private readonly poly: Float64Array;
  private readonly start: Int32Array | null = null;
  private readonly items: Int32Array | null = null;
  private readonly nb: number = 0;
  private readonly y0: number = 0;
  private readonly h: number = 1;

  constructor(poly: Float64Array) {
    this.poly = poly;
    const nv = poly.length / 2;
    if (nv < 64) return;
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
    const start = new Int32Array(nb + 1);
    this.forEachBand(nv, (b) => {
      start[b + 1] = (start[b + 1] as number) + 1;
    });
    for (let b = 0; b < nb; b++) start[b + 1] = (start[b + 1] as number) + (start[b] as number);
    const items = new Int32Array(start[nb] as number);
    const fill = start.slice(0, nb);
    this.forEachBand(nv, (b, i) => {
      items[fill[b] as number] = i;
      fill[b] = (fill[b] as number) + 1;
    });
    this.start = start;
    this.items = items;
  }

  /** Calls `f(band, edge)` for every y band each polygon edge overlaps. */
  private forEachBand(nv: number, f: (band: number, edge: number) => void): void {
    const p = this.poly;
    for (let i = 0; i < nv; i++) {
      const j = i + 1 === nv ? 0 : i + 1;
      const ya = p[2 * i + 1] as number;
      const yb = p[2 * j + 1] as number;
      const hi = this.band(Math.max(ya, yb));
      for (let b = this.band(Math.min(ya, yb)); b <= hi; b++) f(b, i);
    }
  }

  private band(y: number): number {
    return Math.min(this.nb - 1, Math.max(0, Math.floor((y - this.y0) / this.h)));
  }

  contains(x: number, y: number): boolean {
    const p = this.poly;
    const nv = p.length / 2;
    let inside = false;
    if (this.start && this.items) {
      const b = this.band(y);
      const end = this.start[b + 1] as number;
      for (let k = this.start[b] as number; k < end; k++) {
        if (crosses(p, nv, this.items[k] as number, x, y)) inside = !inside;
      }
    } else {
      for (let i = 0; i < nv; i++) if (crosses(p, nv, i, x, y)) inside = !inside;
    }
    return inside;
  }
}

/** True when the horizontal ray from (x, y) to +x crosses polygon edge i (even-odd rule). */
function crosses(p: Float64Array, nv: number, i: number, x: number, y: number): boolean {
  const j = i + 1 === nv ? 0 : i + 1;
  const xi = p[2 * i] as number;
  const yi = p[2 * i + 1] as number;
  const xj = p[2 * j] as number;
  const yj = p[2 * j + 1] as number;
  return yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi;
}

/** Uniform grid over loop boxes: a loop is listed in every cell its box overlaps (capped). */
class BoxGrid {
  private readonly cells: number[][];
  private readonly big: number[] = [];
  private readonly nx: number;
  private readonly ny: number;
  private readonly x0: number;
  private readonly y0: number;
  private readonly cw: number;
  private readonly ch: number;
  private readonly boxList: Box[];

  constructor(boxes: Box[]) {
    this.boxList = boxes;
    let x0 = Infinity,
      y0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity;
    for (const b of boxes) {
      x0 = Math.min(x0, b[0]);
      y0 = Math.min(y0, b[1]);
      x1 = Math.max(x1, b[2]);
      y1 = Math.max(y1, b[3]);
    }
    const side = Math.max(1, Math.min(512, Math.ceil(Math.sqrt(boxes.length))));
    this.nx = this.ny = side;
    this.x0 = x0;
    this.y0 = y0;
    this.cw = (x1 - x0) / side || 1;
    this.ch = (y1 - y0) / side || 1;
    this.cells = Array.from({ length: side * side }, () => []);
    boxes.forEach((b, i) => {
      const [ix0, iy0] = this.cellOf(b[0], b[1]);
      const [ix1, iy1] = this.cellOf(b[2], b[3]);
      if ((ix1 - ix0 + 1) * (iy1 - iy0 + 1) > 64) {
        this.big.push(i);
        return;
      }
      for (let ix = ix0; ix <= ix1; ix++)
        for (let iy = iy0; iy <= iy1; iy++) this.cells[iy * side + ix]!.push(i);
    });
  }

  private cellOf(x: number, y: number): [number, number] {
    const ix = Math.floor((x - this.x0) / this.cw);
    const iy = Math.floor((y - this.y0) / this.ch);
    const cx = Number.isFinite(ix) ? Math.min(this.nx - 1, Math.max(0, ix)) : 0;
    const cy = Number.isFinite(iy) ? Math.min(this.ny - 1, Math.max(0, iy)) : 0;
    return [cx, cy];
  }

  /** Fills `out` with the loops whose box contains `box` within `tol` (each at most once). */
  containing(box: Box, tol: number, out: number[]): void {
    out.length = 0;
    const [cx, cy] = this.cellOf((box[0] + box[2]) / 2, (box[1] + box[3]) / 2);
    const cell = this.cells[cy * this.nx + cx] as number[];
    for (let k = 0; k < cell.length; k++)
      if (this.fits(cell[k] as number, box, tol)) out.push(cell[k] as number);
    for (let k = 0; k < this.big.length; k++)
      if (this.fits(this.big[k] as number, box, tol)) out.push(this.big[k] as number);
  }

  private fits(i: number, box: Box, tol: number): boolean {
    const b = this.boxList[i] as Box;
    return b[0] - tol <= box[0] && b[1] - tol <= box[1] && b[2] + tol >= box[2] && b[3] + tol >= box[3];
  }
}
