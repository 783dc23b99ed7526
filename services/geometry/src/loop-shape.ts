import type { LoopPart } from './chain-edges.ts';
import type { Edge } from './edge.ts';
import { flattenPrimsInto, flattenSplineInto, PointBuf } from './flatten.ts';
import type { PolylineCache } from './polyline-cache.ts';
import { findSpan, splinePoint, splineXY } from './spline.ts';

/** Samples of a loop's polygon for containment (in their own module; re-exported for the callers here). */
export { countSamples, samplesBetween } from './loop-samples.ts';

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
export function makeLoop(edges: Edge[], parts: LoopPart[]): Loop {
  let signed = 0;
  let length = 0;
  let lastX = 0;
  let lastY = 0;
  let firstX = 0;
  let firstY = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as LoopPart;
    const e = edges[part.edge] as Edge;
    const rev = part.rev;
    const sx = rev ? e.ex : e.sx;
    const sy = rev ? e.ey : e.sy;
    if (k === 0) {
      firstX = sx;
      firstY = sy;
    } else signed += (lastX * sy - sx * lastY) / 2;
    signed += rev ? -e.area : e.area;
    length += e.length;
    lastX = rev ? e.sx : e.ex;
    lastY = rev ? e.sy : e.ey;
  }
  signed += (lastX * firstY - firstX * lastY) / 2;
  return { parts, area: Math.abs(signed), signed, length };
}

const polyBuf = new PointBuf(4096);
const scratch = new PointBuf(4096);

/** Appends `n` numbers of `src` (x, y pairs) to `out`, in reverse point order when `rev`. */
function appendPoints(out: PointBuf, src: ArrayLike<number>, n: number, rev: boolean): void {
  out.grow(out.n + n);
  const dst = out.a;
  let k = out.n;
  if (rev) {
    for (let i = n - 2; i >= 0; i -= 2) {
      dst[k++] = src[i] as number;
      dst[k++] = src[i + 1] as number;
    }
  } else for (let i = 0; i < n; i++) dst[k++] = src[i] as number;
  out.n = k;
}

/**
 * Appends the polygon of a loop (x, y interleaved) to `out`: each edge's polyline at the cache's
 * tolerance (splines from the cache), in travel order.
 */
function loopPointsInto(edges: Edge[], loop: Loop, lines: PolylineCache, out: PointBuf): void {
  for (const part of loop.parts) {
    const e = edges[part.edge] as Edge;
    if (e.spline) {
      const pts = lines.get(part.edge);
      appendPoints(out, pts, pts.length, part.rev);
    } else if (!part.rev) edgePolylineInto(e, lines.tol, out);
    else {
      scratch.n = 0;
      edgePolylineInto(e, lines.tol, scratch);
      appendPoints(out, scratch.a, scratch.n, true);
    }
  }
}

/** Flattened polygon of a loop (x, y interleaved) at the cache's tolerance; a lone spline edge's cached polyline is shared. */
export function loopPolygon(edges: Edge[], loop: Loop, lines: PolylineCache): Float64Array {
  const only = loop.parts.length === 1 ? loop.parts[0] : undefined;
  if (only && !only.rev && (edges[only.edge] as Edge).spline) return lines.get(only.edge);
  polyBuf.n = 0;
  loopPointsInto(edges, loop, lines, polyBuf);
  return polyBuf.copy();
}

/**
 * Appends edge i's polyline at tolerance `tol` to `out`, reversed when `rev`: spline flattenings
 * derived from the cache's finer one where possible (the same points), others flattened afresh.
 */
export function edgePointsAt(
  edges: Edge[],
  i: number,
  rev: boolean,
  tol: number,
  lines: PolylineCache | null,
  out: PointBuf,
): void {
  const e = edges[i] as Edge;
  if (!rev) {
    if (!(e.spline && lines && lines.coarseInto(i, tol, out))) edgePolylineInto(e, tol, out);
    return;
  }
  scratch.n = 0;
  if (!(e.spline && lines && lines.coarseInto(i, tol, scratch))) edgePolylineInto(e, tol, scratch);
  appendPoints(out, scratch.a, scratch.n, true);
}

/** Points of a loop's polygon at tolerance `tol` (x, y interleaved) into `out`. */
export function loopPointsAt(
  edges: Edge[],
  loop: Loop,
  tol: number,
  out: PointBuf,
  lines: PolylineCache | null = null,
): void {
  for (const part of loop.parts) edgePointsAt(edges, part.edge, part.rev, tol, lines, out);
}

/** Polyline of an edge including its start point (a fresh array). */
export function edgePolyline(e: Edge, tol: number): Float64Array {
  scratch.n = 0;
  edgePolylineInto(e, tol, scratch);
  return scratch.copy();
}

/** Appends the polyline of an edge, start point included, to `out`. */
function edgePolylineInto(e: Edge, tol: number, out: PointBuf): void {
  const spl = e.spl;
  if (spl) {
    splinePoint(spl.s, spl.a, findSpan(spl.s, spl.a));
    out.push(splineXY[0] as number, splineXY[1] as number);
    flattenSplineInto(spl, tol, out);
    return;
  }
  const pd = e.pd;
  if (pd.length === 0) return;
  // The start point as `primPoint(pd, 0, start parameter)` computes it, without the tuple.
  const x0 = pd[1] as number;
  const y0 = pd[2] as number;
  if (pd[0] === 0) out.push(x0 + ((pd[3] as number) - x0) * 0, y0 + ((pd[4] as number) - y0) * 0);
  else {
    const c = Math.cos(pd[11] as number);
    const s = Math.sin(pd[11] as number);
    out.push(
      (pd[5] as number) + (pd[7] as number) * c + (pd[9] as number) * s,
      (pd[6] as number) + (pd[8] as number) * c + (pd[10] as number) * s,
    );
  }
  flattenPrimsInto(pd, tol, out);
}
