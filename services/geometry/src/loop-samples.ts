import type { LoopPart } from './chain-edges.ts';
import { primCount, type Edge } from './edge.ts';
import { arcSteps } from './flatten.ts';
import type { Loop } from './loop-shape.ts';
import type { PolylineCache } from './polyline-cache.ts';
import { PS } from './prim-data.ts';

/** Scratch of the loop last counted: vertex counts per primitive, then [count, first slot] per part (grown on demand). */
let primCounts = new Int32Array(1024);
/** Where the per-part entries of `primCounts` start, the loop's vertex count and its number of samples. */
let partBase = 0;
let total = 0;
let sampleK = 0;

/**
 * Counts the vertices of a loop's polygon (as `loopPolygon` builds it) without building it, each
 * arc's step count once, and keeps the counts for `sampleAt`; returns the number of samples (up to
 * 8, evenly spaced along the vertex list). Counting is cheap next to a sample on an arc (a cosine
 * and a sine), so the containment vote can ask for the samples it needs only.
 */
export function countSamples(edges: Edge[], loop: Loop, lines: PolylineCache): number {
  const parts = loop.parts;
  const np = parts.length;
  const tol = lines.tol;
  let nPrims = 0;
  for (let q = 0; q < np; q++) nPrims += primCount(edges[(parts[q] as LoopPart).edge] as Edge);
  if (primCounts.length < nPrims + 2 * np) primCounts = new Int32Array(2 * (nPrims + 2 * np));
  const pc = primCounts;
  const cb = nPrims; // per part: pc[cb + 2q] = vertex count, pc[cb + 2q + 1] = first primitive slot
  let sum = 0;
  let slot = 0;
  for (let q = 0; q < np; q++) {
    const edge = (parts[q] as LoopPart).edge;
    const e = edges[edge] as Edge;
    pc[cb + 2 * q + 1] = slot;
    let n: number;
    if (e.spline) n = lines.get(edge).length / 2;
    else {
      n = 1;
      const pd = e.pd;
      const count = pd.length / PS;
      for (let k = 0; k < count; k++) {
        const c = pd[PS * k] === 0 ? 1 : arcSteps(pd, PS * k, tol);
        pc[slot + k] = c;
        n += c;
      }
      slot += count;
    }
    pc[cb + 2 * q] = n;
    sum += n;
  }
  partBase = cb;
  total = sum;
  sampleK = Math.min(8, sum);
  return sampleK;
}

/**
 * Writes samples from..to-1 (to <= the count `countSamples` returned for this loop, which must be
 * the loop it counted last) at out[2s], out[2s + 1]: vertex floor(s * total / k) of the polygon.
 * The parts are walked once for the whole range.
 */
export function samplesBetween(
  edges: Edge[],
  loop: Loop,
  lines: PolylineCache,
  from: number,
  to: number,
  out: Float64Array,
): void {
  const parts = loop.parts;
  const pc = primCounts;
  const cb = partBase;
  let part = 0;
  let before = 0; // vertices in the parts before `part`
  for (let s = from; s < to; s++) {
    const target = Math.floor((s * total) / sampleK);
    while (target - before >= (pc[cb + 2 * part] as number)) before += pc[cb + 2 * part++] as number;
    const v = target - before;
    const lp = parts[part] as LoopPart;
    const n = pc[cb + 2 * part] as number;
    const idx = lp.rev ? n - 1 - v : v;
    const e = edges[lp.edge] as Edge;
    if (e.spline) {
      const arr = lines.get(lp.edge);
      out[2 * s] = arr[2 * idx] as number;
      out[2 * s + 1] = arr[2 * idx + 1] as number;
    } else if (idx === 0) {
      out[2 * s] = e.sx;
      out[2 * s + 1] = e.sy;
    } else edgeVertex(e, idx, pc, pc[cb + 2 * part + 1] as number, out, 2 * s);
  }
}

/**
 * Writes vertex idx (> 0) of a packed edge's polyline (the same point as `edgePolyline` gives) at
 * out[o], out[o + 1]; the edge's step counts per primitive start at pc[base].
 */
function edgeVertex(e: Edge, idx: number, pc: Int32Array, base: number, out: Float64Array, o: number): void {
  let r = idx;
  const pd = e.pd;
  const count = pd.length / PS;
  for (let j = 0; j < count; j++) {
    const c = pc[base + j] as number;
    if (r <= c) {
      const q = PS * j;
      if (pd[q] === 0) {
        out[o] = pd[q + 3] as number;
        out[o + 1] = pd[q + 4] as number;
        return;
      }
      const t = (pd[q + 11] as number) + ((pd[q + 12] as number) * r) / c;
      const cs = Math.cos(t);
      const sn = Math.sin(t);
      out[o] = (pd[q + 5] as number) + (pd[q + 7] as number) * cs + (pd[q + 9] as number) * sn;
      out[o + 1] = (pd[q + 6] as number) + (pd[q + 8] as number) * cs + (pd[q + 10] as number) * sn;
      return;
    }
    r -= c;
  }
  out[o] = e.ex;
  out[o + 1] = e.ey;
}
