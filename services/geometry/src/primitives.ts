import { f64 } from './arena.ts';
import { GL_W, GL_X, gaussLegendre } from './quadrature.ts';
import { polySplineLengthArea } from './spline-quadrature.ts';
import { evalSpline, splineBreaks, type CurvePoint, type Spline2 } from './spline.ts';
import { hypot } from './hypot.ts';

/** Straight segment. */
export interface Seg {
  k: 0;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Elliptical arc P(t) = C + U cos t + V sin t for t from t0 over the signed sweep dt. The end points
 * (x0, y0) and (x1, y1) are kept exactly: an almost straight bulge has a centre far away, and end
 * points recomputed from it would lose precision.
 */
export interface EArc {
  k: 1;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  cx: number;
  cy: number;
  ux: number;
  uy: number;
  vx: number;
  vy: number;
  t0: number;
  dt: number;
}

/** A whole spline on its parameter domain. */
export interface SplinePrim {
  k: 2;
  s: Spline2;
  /** Domain start and end. */
  a: number;
  b: number;
}

/** One exact primitive of an edge. */
export type Prim = Seg | EArc | SplinePrim;

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

/** Applies an affine map exactly to a primitive (returns a new one). */
export function transformPrim(p: Prim, m: Affine): Prim {
  if (p.k === 0) {
    return {
      k: 0,
      x0: m.a * p.x0 + m.b * p.y0 + m.e,
      y0: m.c * p.x0 + m.d * p.y0 + m.f,
      x1: m.a * p.x1 + m.b * p.y1 + m.e,
      y1: m.c * p.x1 + m.d * p.y1 + m.f,
    };
  }
  if (p.k === 1) {
    return {
      k: 1,
      x0: m.a * p.x0 + m.b * p.y0 + m.e,
      y0: m.c * p.x0 + m.d * p.y0 + m.f,
      x1: m.a * p.x1 + m.b * p.y1 + m.e,
      y1: m.c * p.x1 + m.d * p.y1 + m.f,
      cx: m.a * p.cx + m.b * p.cy + m.e,
      cy: m.c * p.cx + m.d * p.cy + m.f,
      ux: m.a * p.ux + m.b * p.uy,
      uy: m.c * p.ux + m.d * p.uy,
      vx: m.a * p.vx + m.b * p.vy,
      vy: m.c * p.vx + m.d * p.vy,
      t0: p.t0,
      dt: p.dt,
    };
  }
  const s = p.s;
  const xs = f64(s.xs.length);
  const ys = f64(s.ys.length);
  for (let i = 0; i < xs.length; i++) {
    const x = s.xs[i] as number;
    const y = s.ys[i] as number;
    xs[i] = m.a * x + m.b * y + m.e;
    ys[i] = m.c * x + m.d * y + m.f;
  }
  return { k: 2, s: { degree: s.degree, knots: s.knots, xs, ys, ws: s.ws }, a: p.a, b: p.b };
}

/** Radius when the arc is circular (U and V orthogonal with equal length), else -1. */
export function circularRadius(p: EArc): number {
  const ru = hypot(p.ux, p.uy);
  const rv = hypot(p.vx, p.vy);
  const tol = 1e-12 * Math.max(ru, rv);
  if (Math.abs(ru - rv) <= tol && Math.abs(p.ux * p.vx + p.uy * p.vy) <= tol * Math.max(ru, rv)) return ru;
  return -1;
}

/** Speed |P'(t)| of an elliptical arc. */
function arcSpeed(p: EArc, t: number): number {
  const s = Math.sin(t);
  const c = Math.cos(t);
  return hypot(-p.ux * s + p.vx * c, -p.uy * s + p.vy * c);
}

const tmp: CurvePoint = { x: 0, y: 0, dx: 0, dy: 0 };

/** Length of an elliptical arc between two parameters (exact when circular). */
export function arcLengthBetween(p: EArc, ta: number, tb: number): number {
  const r = circularRadius(p);
  if (r >= 0) return r * Math.abs(tb - ta);
  const pieces = Math.max(1, Math.ceil(Math.abs(tb - ta) / (Math.PI / 16)));
  return Math.abs(gaussLegendre((t) => arcSpeed(p, t), ta, tb, pieces));
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

/** Length of a primitive. */
export function primLength(p: Prim): number {
  if (p.k === 0) return hypot(p.x1 - p.x0, p.y1 - p.y0);
  if (p.k === 1) return arcLengthBetween(p, p.t0, p.t0 + p.dt);
  return splineLengthBetween(p.s, p.a, p.b);
}

/** dt - sin(dt) without cancellation for small sweeps. */
export function dtMinusSin(dt: number): number {
  if (Math.abs(dt) > 0.1) return dt - Math.sin(dt);
  const d2 = dt * dt;
  return dt * d2 * (1 / 6 - d2 * (1 / 120 - d2 * (1 / 5040 - d2 / 362880)));
}

/** Builds an elliptical arc with its end points computed once. */
export function makeArc(
  cx: number,
  cy: number,
  ux: number,
  uy: number,
  vx: number,
  vy: number,
  t0: number,
  dt: number,
): EArc {
  const c0 = Math.cos(t0);
  const s0 = Math.sin(t0);
  const c1 = Math.cos(t0 + dt);
  const s1 = Math.sin(t0 + dt);
  return {
    k: 1,
    x0: cx + ux * c0 + vx * s0,
    y0: cy + uy * c0 + vy * s0,
    x1: cx + ux * c1 + vx * s1,
    y1: cy + uy * c1 + vy * s1,
    cx,
    cy,
    ux,
    uy,
    vx,
    vy,
    t0,
    dt,
  };
}

/** Point of a primitive at parameter t (segments: t in [0, 1]). */
export function primPoint(p: Prim, t: number): [number, number] {
  if (p.k === 0) return [p.x0 + (p.x1 - p.x0) * t, p.y0 + (p.y1 - p.y0) * t];
  if (p.k === 1) {
    const c = Math.cos(t);
    const s = Math.sin(t);
    return [p.cx + p.ux * c + p.vx * s, p.cy + p.uy * c + p.vy * s];
  }
  evalSpline(p.s, t, tmp);
  return [tmp.x, tmp.y];
}

/** Parameter range [start, end] of a primitive in its direction of travel. */
export function primRange(p: Prim): [number, number] {
  if (p.k === 0) return [0, 1];
  if (p.k === 1) return [p.t0, p.t0 + p.dt];
  return [p.a, p.b];
}

/** Start point of a primitive. */
export function primStart(p: Prim): [number, number] {
  return p.k === 2 ? primPoint(p, p.a) : [p.x0, p.y0];
}

/** End point of a primitive. */
export function primEnd(p: Prim): [number, number] {
  return p.k === 2 ? primPoint(p, p.b) : [p.x1, p.y1];
}

/** Green's integral 1/2 * integral of (x dy - y dx) along the primitive in its direction. */
export function primArea(p: Prim): number {
  if (p.k === 0) return (p.x0 * p.y1 - p.x1 * p.y0) / 2;
  if (p.k === 1) {
    // Chord term plus the segment between chord and arc: (P0 x P1 + (U x V)(dt - sin dt)) / 2.
    const uxv = p.ux * p.vy - p.uy * p.vx;
    return (p.x0 * p.y1 - p.x1 * p.y0 + uxv * dtMinusSin(p.dt)) / 2;
  }
  const br = splineBreaks(p.s);
  let total = 0;
  for (let i = 0; i + 1 < br.length; i++) {
    total += gaussLegendre(
      (t) => {
        evalSpline(p.s, t, tmp);
        return tmp.x * tmp.dy - tmp.y * tmp.dx;
      },
      br[i] as number,
      br[i + 1] as number,
      4,
    );
  }
  return total / 2;
}
