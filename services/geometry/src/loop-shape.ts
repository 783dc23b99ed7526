import type { LoopPart } from './chain-edges.ts';
import type { Edge } from './edge.ts';
import { arcSteps, flattenPrimInto, PointBuf } from './flatten.ts';
import type { PolylineCache } from './polyline-cache.ts';
import { primPoint, primRange, type Prim } from './primitives.ts';

/** A closed contour: its edges in travel order, area and perimeter. */
export interface Loop {
  parts: LoopPart[];
  /** |signed area| (Green's theorem, gaps closed by chords). */
  area: number;
  /** Signed area in travel direction. */
  signed: number;
  length: number;
}

/** Builds a loop from parts, closing the gaps between consecutive edges with chords. */
export function makeLoop(edges: Edge[], parts: LoopPart[], areaOf: (i: number) => number): Loop {
  let signed = 0;
  let length = 0;
  let lastX = 0;
  let lastY = 0;
  let firstX = 0;
  let firstY = 0;
  parts.forEach((part, k) => {
    const e = edges[part.edge] as Edge;
    const [sx, sy, ex, ey] = part.rev ? [e.ex, e.ey, e.sx, e.sy] : [e.sx, e.sy, e.ex, e.ey];
    if (k === 0) {
      firstX = sx;
      firstY = sy;
    } else signed += (lastX * sy - sx * lastY) / 2;
    signed += part.rev ? -areaOf(part.edge) : areaOf(part.edge);
    length += e.length;
    lastX = ex;
    lastY = ey;
  });
  signed += (lastX * firstY - firstX * lastY) / 2;
  return { parts, area: Math.abs(signed), signed, length };
}

/** Flattened polygon of a loop (x, y interleaved); `line(i)` gives edge i's polyline. */
export function loopPolygon(loop: Loop, line: (i: number) => ArrayLike<number>): Float64Array {
  const only = loop.parts.length === 1 ? loop.parts[0] : undefined;
  if (only && !only.rev) {
    const pts = line(only.edge);
    if (pts instanceof Float64Array) return pts; // a cached spline polyline: shared, not copied
  }
  return Float64Array.from(loopPoints(loop, line));
}

/** Same points as `loopPolygon`, as a plain array (no copy). */
export function loopPoints(loop: Loop, line: (i: number) => ArrayLike<number>): number[] {
  const out: number[] = [];
  for (const part of loop.parts) {
    const pts = line(part.edge);
    if (part.rev) {
      for (let i = pts.length - 2; i >= 0; i -= 2) out.push(pts[i] as number, pts[i + 1] as number);
    } else for (let i = 0; i < pts.length; i++) out.push(pts[i] as number);
  }
  return out;
}

const scratch = new PointBuf(4096);

/** Polyline of a sequence of primitives including the first start point (a fresh array). */
export function edgePolyline(prims: Prim[], tol: number): Float64Array {
  scratch.n = 0;
  edgePolylineInto(prims, tol, scratch);
  return scratch.copy();
}

/** Appends the polyline of a sequence of primitives, first start point included, to `out`. */
export function edgePolylineInto(prims: Prim[], tol: number, out: PointBuf): void {
  const first = prims[0];
  if (!first) return;
  const [x, y] = primPoint(first, primRange(first)[0]);
  out.push(x, y);
  for (const p of prims) flattenPrimInto(p, tol, out);
}

/** Scratch for `loopSamples`: vertex counts per primitive (grown on demand). */
let primCounts = new Int32Array(1024);

/**
 * Up to 8 vertices of a loop's polygon evenly spaced along its vertex list, computed without
 * building the polygon (same vertices as `loopPolygon`). Each arc's step count is computed once.
 */
export function loopSamples(edges: Edge[], loop: Loop, lines: PolylineCache): Float64Array {
  const parts = loop.parts;
  const np = parts.length;
  const tol = lines.tol;
  let nPrims = 0;
  for (let q = 0; q < np; q++) nPrims += (edges[(parts[q] as LoopPart).edge] as Edge).prims.length;
  if (primCounts.length < nPrims + np) primCounts = new Int32Array(2 * (nPrims + np));
  const pc = primCounts;
  // Per part: [count, first primitive slot] packed after the primitive counts.
  const counts = new Int32Array(2 * np);
  let total = 0;
  let slot = 0;
  for (let q = 0; q < np; q++) {
    const edge = (parts[q] as LoopPart).edge;
    const e = edges[edge] as Edge;
    counts[2 * q + 1] = slot;
    let n: number;
    if (lines.hasSpline(edge)) n = lines.get(edge).length / 2;
    else {
      n = 1;
      const prims = e.prims;
      for (let k = 0; k < prims.length; k++) {
        const p = prims[k] as Prim;
        const c = p.k === 0 ? 1 : p.k === 1 ? arcSteps(p, tol) : 0;
        pc[slot + k] = c;
        n += c;
      }
      slot += prims.length;
    }
    counts[2 * q] = n;
    total += n;
  }
  const k = Math.min(8, total);
  const out = new Float64Array(2 * k);
  let part = 0;
  let before = 0; // vertices in the parts before `part`
  for (let s = 0; s < k; s++) {
    const target = Math.floor((s * total) / k);
    while (target - before >= (counts[2 * part] as number)) before += counts[2 * part++] as number;
    const v = target - before;
    const { edge, rev } = parts[part] as LoopPart;
    const n = counts[2 * part] as number;
    const idx = rev ? n - 1 - v : v;
    const e = edges[edge] as Edge;
    let x: number;
    let y: number;
    if (lines.hasSpline(edge)) {
      const arr = lines.get(edge);
      x = arr[2 * idx] as number;
      y = arr[2 * idx + 1] as number;
    } else if (idx === 0) {
      x = e.sx;
      y = e.sy;
    } else {
      // Vertex idx of the edge's polyline (same points as `edgePolyline`).
      x = e.ex;
      y = e.ey;
      let r = idx;
      const prims = e.prims;
      const base = counts[2 * part + 1] as number;
      for (let j = 0; j < prims.length; j++) {
        const c = pc[base + j] as number;
        if (r <= c) {
          const p = prims[j] as Prim;
          if (p.k === 0) {
            x = p.x1;
            y = p.y1;
            break;
          }
          if (p.k === 1) {
            const t = p.t0 + (p.dt * r) / c;
            const cs = Math.cos(t);
            const sn = Math.sin(t);
            x = p.cx + p.ux * cs + p.vx * sn;
            y = p.cy + p.uy * cs + p.vy * sn;
            break;
          }
        }
        r -= c;
      }
    }
    out[2 * s] = x;
    out[2 * s + 1] = y;
  }
  return out;
}
