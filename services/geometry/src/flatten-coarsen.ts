import type { PointBuf } from './point-buf.ts';
import { withinTol } from './within-tol.ts';

/** Scratch for `coarsenSpline`: position of each point in its piece, in units of 2^-16 of the piece. */
let posBuf = new Int32Array(1024);
let cPts: Float64Array = new Float64Array(0);
let cOut: PointBuf | null = null;
let cTol = 0;

/**
 * The flattening of a spline at tolerance `tol` from its flattening at a finer tolerance (`pts`
 * with the leaf `depths` of `flattenSplineRecorded`): every coarser piece boundary is a finer
 * point and every decision uses the same three points as a direct flattening, so the points are
 * exactly those of `flattenPrimInto` at `tol` (start point included). `tol` must not be below the
 * finer tolerance.
 */
export function coarsenSpline(pts: Float64Array, depths: Uint8Array, tol: number, out: PointBuf): void {
  const nv = pts.length / 2;
  if (nv === 0) return;
  out.push(pts[0] as number, pts[1] as number);
  if (posBuf.length < nv) posBuf = new Int32Array(2 * nv);
  const pos = posBuf;
  cPts = pts;
  cOut = out;
  cTol = tol;
  // Pieces: runs of points whose 2^-depth sizes add up to one piece (4 pieces per knot interval).
  let v = 0;
  while (v < nv - 1) {
    const start = v;
    pos[start] = 0;
    let u = 0;
    while (u < 65536 && v < nv - 1) {
      u += 65536 >> (depths[v] as number);
      v++;
      pos[v] = u;
    }
    coarseNode(start, v, 0);
  }
  cOut = null;
}

/** Emits the pieces of the node from point i to point e (depth d) at `cTol`. */
function coarseNode(i: number, e: number, d: number): void {
  const out = cOut as PointBuf;
  const pts = cPts;
  if (e === i + 1 || d >= 16) {
    out.push(pts[2 * e] as number, pts[2 * e + 1] as number);
    return;
  }
  const pos = posBuf;
  const half = (pos[i] as number) + (32768 >> d);
  let m = i + 1;
  while ((pos[m] as number) < half) m++;
  const x0 = pts[2 * i] as number;
  const y0 = pts[2 * i + 1] as number;
  const x1 = pts[2 * e] as number;
  const y1 = pts[2 * e + 1] as number;
  if (withinTol(x1 - x0, y1 - y0, (pts[2 * m] as number) - x0, (pts[2 * m + 1] as number) - y0, cTol)) {
    out.push(x1, y1);
    return;
  }
  coarseNode(i, m, d + 1);
  coarseNode(m, e, d + 1);
}
