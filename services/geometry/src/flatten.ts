import { PS } from './prim-data.ts';
import type { SplinePrim } from './primitives.ts';
import { splineXY } from './spline.ts';
import { hypot } from './hypot.ts';
import type { PointBuf } from './point-buf.ts';
import { flattenSplineSpans, splineEndPoint } from './flatten-spline.ts';

export { PointBuf } from './point-buf.ts';

/**
 * Appends the points of packed segments and arcs after the first start point to `out` (x, y
 * interleaved): arcs with sagitta <= tol and at most 45 degrees per step.
 */
export function flattenPrimsInto(pd: Float64Array, tol: number, out: PointBuf): void {
  for (let o = 0; o < pd.length; o += PS) {
    if (pd[o] === 0) out.push(pd[o + 3] as number, pd[o + 4] as number);
    else flattenArc(pd, o, tol, out);
  }
}

/**
 * Appends the points of a spline primitive after its start point to `out`: subdivided until the
 * mid-point deviation from the chord is <= tol (4 pieces per knot span at least).
 */
export function flattenSplineInto(p: SplinePrim, tol: number, out: PointBuf): void {
  flattenSplineSpans(p.s, tol, out);
}

/** Number of steps for the elliptical arc at offset `o` at a given sagitta tolerance. */
export function arcSteps(pd: Float64Array, o: number, tol: number): number {
  const ux = pd[o + 7] as number;
  const uy = pd[o + 8] as number;
  const vx = pd[o + 9] as number;
  const vy = pd[o + 10] as number;
  const su = ux * ux + uy * uy;
  const sv = vx * vx + vy * vy;
  // Where `hypot` takes the plain square root of both sums, the longer axis is the root of the
  // larger sum (the square root is monotone): one root, the same radius bit for bit.
  const r =
    su > 1e-290 && su < 1e290 && sv > 1e-290 && sv < 1e290
      ? Math.sqrt(su > sv ? su : sv)
      : Math.max(hypot(ux, uy), hypot(vx, vy));
  const sweep = Math.abs(pd[o + 12] as number);
  if (sweep <= Math.PI / 4) {
    if (!(r > tol && tol > 0)) return 1;
    // One step when the chord's sagitta r (1 - cos(sweep / 2)) <= r sweep^2 / 8 is below tol by a
    // margin (1e-3) far above the rounding of acos(1 - tol / r) below, for tol / r >= 1e-8:
    // most bulge arcs are this short, and the acos would give 1 too.
    if (tol >= 1e-8 * r && r * sweep * sweep < 7.992 * tol) return 1;
  }
  let step = Math.PI / 4;
  if (r > tol && tol > 0) step = Math.min(step, 2 * Math.acos(1 - tol / r));
  const n = Math.ceil(sweep / step);
  return Math.max(1, Math.min(n, 100000));
}

/**
 * Arc shapes flattened lately, for drawings that repeat a hole or a corner (a perforated plate is
 * thousands of one circle): per slot the key ux, uy, vx, vy, t0, dt, tol and the step count n, and
 * per step i = 1..n the products ux cos t, vx sin t, uy cos t, vy sin t. A point is then
 * cx + ux cos t + vx sin t added in the same order as computed afresh: the same numbers without a
 * cosine, a sine or the step count. Forgotten at the start of each analysis (`forgetArcShapes`).
 */
const MEMO_SLOTS = 8;
/** Arcs of more steps are not remembered (the memo's arrays stay at 32 kB each). */
const MEMO_MAX_STEPS = 1023;
const KEY = 8;
const memoKey = new Float64Array(KEY * MEMO_SLOTS).fill(NaN);
const memoProducts: Float64Array[] = Array.from({ length: MEMO_SLOTS }, () => new Float64Array(64));
let memoNext = 0;

/** Empties the arc-shape memo (a NaN key matches nothing). */
export function forgetArcShapes(): void {
  memoKey.fill(NaN);
  memoNext = 0;
}

/** The memo slot holding the shape of the arc at `o` at `tol`, or -1. */
function memoSlot(pd: Float64Array, o: number, tol: number): number {
  const ux = pd[o + 7] as number;
  for (let m = 0, q = 0; m < MEMO_SLOTS; m++, q += KEY) {
    if (
      memoKey[q] === ux &&
      memoKey[q + 1] === pd[o + 8] &&
      memoKey[q + 2] === pd[o + 9] &&
      memoKey[q + 3] === pd[o + 10] &&
      memoKey[q + 4] === pd[o + 11] &&
      memoKey[q + 5] === pd[o + 12] &&
      memoKey[q + 6] === tol
    )
      return m;
  }
  return -1;
}

function flattenArc(pd: Float64Array, o: number, tol: number, out: PointBuf): void {
  const cx = pd[o + 5] as number;
  const cy = pd[o + 6] as number;
  const slot = memoSlot(pd, o, tol);
  if (slot >= 0) {
    const n = memoKey[KEY * slot + 7] as number;
    const p = memoProducts[slot] as Float64Array;
    out.grow(out.n + 2 * n);
    const a = out.a;
    let k = out.n;
    for (let j = 4; j <= 4 * n; j += 4) {
      a[k++] = cx + (p[j] as number) + (p[j + 1] as number);
      a[k++] = cy + (p[j + 2] as number) + (p[j + 3] as number);
    }
    out.n = k;
    return;
  }
  const n = arcSteps(pd, o, tol);
  out.grow(out.n + 2 * n);
  const a = out.a;
  let k = out.n;
  const ux = pd[o + 7] as number;
  const uy = pd[o + 8] as number;
  const vx = pd[o + 9] as number;
  const vy = pd[o + 10] as number;
  const t0 = pd[o + 11] as number;
  const dt = pd[o + 12] as number;
  // An arc of many steps takes its products in a throwaway array: the memo keeps small arrays only.
  const m = n > MEMO_MAX_STEPS ? -1 : memoNext;
  let p: Float64Array;
  if (m < 0) p = new Float64Array(4 * (n + 1));
  else {
    memoNext = (m + 1) % MEMO_SLOTS;
    p = memoProducts[m] as Float64Array;
    if (p.length < 4 * (n + 1)) p = memoProducts[m] = new Float64Array(4 * (MEMO_MAX_STEPS + 1));
  }
  for (let i = 1, j = 4; i <= n; i++, j += 4) {
    const t = t0 + (dt * i) / n;
    const c = Math.cos(t);
    const s = Math.sin(t);
    const pux = (p[j] = ux * c);
    const pvx = (p[j + 1] = vx * s);
    const puy = (p[j + 2] = uy * c);
    const pvy = (p[j + 3] = vy * s);
    a[k++] = cx + pux + pvx;
    a[k++] = cy + puy + pvy;
  }
  out.n = k;
  if (m < 0) return;
  const q = KEY * m;
  memoKey[q] = ux;
  memoKey[q + 1] = uy;
  memoKey[q + 2] = vx;
  memoKey[q + 3] = vy;
  memoKey[q + 4] = t0;
  memoKey[q + 5] = dt;
  memoKey[q + 6] = tol;
  memoKey[q + 7] = n;
}

/** Appends the flattening of a spline primitive including its start point to `out`. */
export function flattenSplineWhole(p: SplinePrim, tol: number, out: PointBuf): void {
  splineEndPoint(p.s, false);
  out.push(splineXY[0] as number, splineXY[1] as number);
  flattenSplineSpans(p.s, tol, out);
}
