import { f64 } from './arena.ts';
import { GL_W, GL_X, gaussLegendre } from './quadrature.ts';
import { polySplineLengthArea } from './spline-quadrature.ts';
import { evalSpline, splineBreaks, type CurvePoint, type Spline2 } from './spline.ts';
import { hypot, scaledHypot } from './hypot.ts';
import { circularRadius } from './prim-data.ts';

/** A whole spline on its parameter domain. */
export interface SplinePrim {
  k: 2;
  s: Spline2;
  /** Domain start and end. */
  a: number;
  b: number;
}

/** Affine map x' = a x + b y + e, y' = c x + d y + f. */
export interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

/** The identity map. */
export const IDENTITY: Affine = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };

/** Composes two maps: the result applies `inner` first, then `outer`. */
export function compose(outer: Affine, inner: Affine): Affine {
  return {
    a: outer.a * inner.a + outer.b * inner.c,
    b: outer.a * inner.b + outer.b * inner.d,
    c: outer.c * inner.a + outer.d * inner.c,
    d: outer.c * inner.b + outer.d * inner.d,
    e: outer.a * inner.e + outer.b * inner.f + outer.e,
    f: outer.c * inner.e + outer.d * inner.f + outer.f,
  };
}

/** True when the map is the identity. */
export function isIdentity(m: Affine): boolean {
  return m.a === 1 && m.b === 0 && m.c === 0 && m.d === 1 && m.e === 0 && m.f === 0;
}

/** Applies an affine map exactly to a spline primitive's control points (returns a new one). */
export function transformSpline(p: SplinePrim, m: Affine): SplinePrim {
  const s = p.s;
  const xs = f64(s.xs.length);
  const ys = f64(s.ys.length);
  for (let i = 0; i < xs.length; i++) {
    const x = s.xs[i] as number;
    const y = s.ys[i] as number;
    xs[i] = m.a * x + m.b * y + m.e;
    ys[i] = m.c * x + m.d * y + m.f;
  }
  return { k: 2, s: { degree: s.degree, knots: s.knots, xs, ys, ws: s.ws, poly: null }, a: p.a, b: p.b };
}

/**
 * Integral of the speed |P'(t)| = |-U sin t + V cos t| of the elliptical arc at offset `o` over
 * [a, b]: `gaussLegendre` of that speed written out, the same operations in the same order, with
 * no closure, no call per node and no boxed double per node (an ellipse takes up to 640 nodes).
 */
function arcSpeedIntegral(pd: Float64Array, o: number, a: number, b: number, pieces: number): number {
  const ux = pd[o + 7] as number;
  const uy = pd[o + 8] as number;
  const vx = pd[o + 9] as number;
  const vy = pd[o + 10] as number;
  const h = (b - a) / pieces;
  let total = 0;
  for (let k = 0; k < pieces; k++) {
    const lo = a + k * h;
    const mid = lo + h / 2;
    const half = h / 2;
    let s = 0;
    for (let i = 0; i < 20; i++) {
      const t = mid + half * (GL_X[i] as number);
      const sin = Math.sin(t);
      const cos = Math.cos(t);
      const x = -ux * sin + vx * cos;
      const y = -uy * sin + vy * cos;
      // `hypot` inline: the plain root in range, else the scaled one (its result typed as a number).
      const q = x * x + y * y;
      s += (GL_W[i] as number) * (q > 1e-290 && q < 1e290 ? Math.sqrt(q) : +scaledHypot(x, y));
    }
    total += s * half;
  }
  return total;
}

const tmp: CurvePoint = { x: 0, y: 0, dx: 0, dy: 0 };

/** Length of the elliptical arc at offset `o` between two parameters (exact when circular). */
export function arcLengthBetween(pd: Float64Array, o: number, ta: number, tb: number): number {
  const r = circularRadius(pd, o);
  if (r >= 0) return r * Math.abs(tb - ta);
  const pieces = Math.max(1, Math.ceil(Math.abs(tb - ta) / (Math.PI / 16)));
  return Math.abs(arcSpeedIntegral(pd, o, ta, tb, pieces));
}

/** Length of a spline between two parameters, 4 Gauss-Legendre pieces per knot span. */
export function splineLengthBetween(s: Spline2, ta: number, tb: number): number {
  const br = splineBreaks(s);
  let total = 0;
  for (let i = 0; i + 1 < br.length; i++) {
    const lo = Math.max(ta, br[i] as number);
    const hi = Math.min(tb, br[i + 1] as number);
    if (hi <= lo) continue;
    total += gaussLegendre((t) => speedAt(s, t), lo, hi, 4);
  }
  return total;
}

function speedAt(s: Spline2, t: number): number {
  evalSpline(s, t, tmp);
  return hypot(tmp.dx, tmp.dy);
}

/** Length and Green's integral of a spline in one quadrature pass (4 pieces of 20 nodes per knot span). */
export function splineLengthArea(s: Spline2): { length: number; area: number } {
  const fast = polySplineLengthArea(s);
  if (fast) return fast;
  const br = splineBreaks(s);
  let length = 0;
  let area = 0;
  for (let i = 0; i + 1 < br.length; i++) {
    const a = br[i] as number;
    const b = br[i + 1] as number;
    const h = (b - a) / 4;
    for (let k = 0; k < 4; k++) {
      const mid = a + h * (k + 0.5);
      const half = h / 2;
      for (let j = 0; j < 20; j++) {
        evalSpline(s, mid + half * (GL_X[j] as number), tmp);
        const w = (GL_W[j] as number) * half;
        length += w * hypot(tmp.dx, tmp.dy);
        area += w * (tmp.x * tmp.dy - tmp.y * tmp.dx);
      }
    }
  }
  return { length, area: area / 2 };
}

/** Length of the segment or arc at offset `o`. */
export function primLength(pd: Float64Array, o: number): number {
  if (pd[o] === 0)
    return hypot(
      (pd[o + 3] as number) - (pd[o + 1] as number),
      (pd[o + 4] as number) - (pd[o + 2] as number),
    );
  const t0 = pd[o + 11] as number;
  return arcLengthBetween(pd, o, t0, t0 + (pd[o + 12] as number));
}

/** dt - sin(dt) without cancellation for small sweeps. */
export function dtMinusSin(dt: number): number {
  if (Math.abs(dt) > 0.1) return dt - Math.sin(dt);
  const d2 = dt * dt;
  return dt * d2 * (1 / 6 - d2 * (1 / 120 - d2 * (1 / 5040 - d2 / 362880)));
}

/** Point of the segment (t in [0, 1]) or arc at offset `o` at parameter t. */
export function primPoint(pd: Float64Array, o: number, t: number): [number, number] {
  if (pd[o] === 0) {
    const x0 = pd[o + 1] as number;
    const y0 = pd[o + 2] as number;
    return [x0 + ((pd[o + 3] as number) - x0) * t, y0 + ((pd[o + 4] as number) - y0) * t];
  }
  const c = Math.cos(t);
  const s = Math.sin(t);
  return [
    (pd[o + 5] as number) + (pd[o + 7] as number) * c + (pd[o + 9] as number) * s,
    (pd[o + 6] as number) + (pd[o + 8] as number) * c + (pd[o + 10] as number) * s,
  ];
}

/** Point of a spline primitive at parameter t. */
export function splinePrimPoint(p: SplinePrim, t: number): [number, number] {
  evalSpline(p.s, t, tmp);
  return [tmp.x, tmp.y];
}

/** Green's integral 1/2 * integral of (x dy - y dx) along the segment or arc at offset `o` in its direction. */
export function primArea(pd: Float64Array, o: number): number {
  const x0 = pd[o + 1] as number;
  const y0 = pd[o + 2] as number;
  const x1 = pd[o + 3] as number;
  const y1 = pd[o + 4] as number;
  if (pd[o] === 0) return (x0 * y1 - x1 * y0) / 2;
  // Chord term plus the segment between chord and arc: (P0 x P1 + (U x V)(dt - sin dt)) / 2.
  const uxv = (pd[o + 7] as number) * (pd[o + 10] as number) - (pd[o + 8] as number) * (pd[o + 9] as number);
  return (x0 * y1 - x1 * y0 + uxv * dtMinusSin(pd[o + 12] as number)) / 2;
}
