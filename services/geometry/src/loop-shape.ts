import type { LoopPart } from './chain-edges.ts';
import type { Edge } from './edge.ts';
import { flattenPrim } from './flatten.ts';
import { primArea, primPoint, primRange, type Prim } from './primitives.ts';

/** A closed contour: its edges in travel order, area and perimeter. */
export interface Loop {
  parts: LoopPart[];
  /** |signed area| (Green's theorem, gaps closed by chords). */
  area: number;
  /** Signed area in travel direction. */
  signed: number;
  length: number;
}

/** Signed Green's integral of one edge in its own direction (prims only; gaps inside ignored). */
export function edgeArea(e: Edge): number {
  let s = 0;
  for (const p of e.prims) s += primArea(p);
  return s;
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

/** Flattened polygon of a loop (x, y interleaved), at tolerance `tol`. */
export function loopPolygon(edges: Edge[], loop: Loop, tol: number): Float64Array {
  const out: number[] = [];
  for (const part of loop.parts) {
    const e = edges[part.edge] as Edge;
    const pts = edgePolyline(e.prims, tol);
    if (part.rev) {
      for (let i = pts.length - 2; i >= 0; i -= 2) out.push(pts[i] as number, pts[i + 1] as number);
    } else for (let i = 0; i < pts.length; i++) out.push(pts[i] as number);
  }
  return Float64Array.from(out);
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
