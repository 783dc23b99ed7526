import type { LoopPart } from './chain-edges.ts';
import type { Edge } from './edge.ts';
import { arcSteps, flattenPrim } from './flatten.ts';
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

/** Polyline of a sequence of primitives including the first start point. */
export function edgePolyline(prims: Prim[], tol: number): number[] {
  const out: number[] = [];
  const first = prims[0];
  if (!first) return out;
  const [x, y] = primPoint(first, primRange(first)[0]);
  out.push(x, y);
  for (const p of prims) flattenPrim(p, tol, out);
  return out;
}

/** Number of polyline vertices of an edge (start point included) at the cache's tolerance. */
function edgeVertexCount(e: Edge, i: number, lines: PolylineCache): number {
  if (lines.hasSpline(i)) return lines.get(i).length / 2;
  let n = 1;
  for (const p of e.prims) n += p.k === 0 ? 1 : p.k === 1 ? arcSteps(p, lines.tol) : 0;
  return n;
}

/** Vertex `v` of a non-spline edge's polyline (same points as `edgePolyline`). */
function edgeVertex(e: Edge, v: number, tol: number): [number, number] {
  if (v === 0) return [e.sx, e.sy];
  let k = v;
  for (const p of e.prims) {
    const n = p.k === 0 ? 1 : p.k === 1 ? arcSteps(p, tol) : 0;
    if (k <= n) {
      if (p.k === 0) return [p.x1, p.y1];
      if (p.k === 1) return primPoint(p, p.t0 + (p.dt * k) / n);
    }
    k -= n;
  }
  return [e.ex, e.ey];
}

/**
 * Up to 8 vertices of a loop's polygon evenly spaced along its vertex list, computed without
 * building the polygon (same vertices as `loopPolygon`).
 */
export function loopSamples(edges: Edge[], loop: Loop, lines: PolylineCache): Float64Array {
  const counts = loop.parts.map((p) => edgeVertexCount(edges[p.edge] as Edge, p.edge, lines));
  const total = counts.reduce((a, b) => a + b, 0);
  const k = Math.min(8, total);
  const out = new Float64Array(2 * k);
  for (let s = 0; s < k; s++) {
    let v = Math.floor((s * total) / k);
    let part = 0;
    while (v >= (counts[part] as number)) v -= counts[part++] as number;
    const { edge, rev } = loop.parts[part] as LoopPart;
    const n = counts[part] as number;
    const idx = rev ? n - 1 - v : v;
    let pt: [number, number];
    if (lines.hasSpline(edge)) {
      const arr = lines.get(edge);
      pt = [arr[2 * idx] as number, arr[2 * idx + 1] as number];
    } else pt = edgeVertex(edges[edge] as Edge, idx, lines.tol);
    out[2 * s] = pt[0];
    out[2 * s + 1] = pt[1];
  }
  return out;
}
