import type { Edge } from './edge.ts';
import { circularRadius, PS } from './prim-data.ts';
import {
  arcLengthBetween,
  primLength,
  primPoint,
  splineLengthBetween,
  splinePrimPoint,
  type SplinePrim,
} from './primitives.ts';

/** Point at half the arc length of an edge (used to tell duplicates from mirror twins). */
export function edgeMidpoint(e: Edge): [number, number] {
  const remaining = e.length / 2;
  if (e.spl) {
    const l = splineLengthBetween(e.spl.s, e.spl.a, e.spl.b);
    return splinePointAtLength(e.spl, Math.min(remaining, l), l);
  }
  return primsPointAtLength(e.pd, remaining, e);
}

function primsPointAtLength(pd: Float64Array, half: number, e: Edge): [number, number] {
  let remaining = half;
  for (let o = 0; o < pd.length; o += PS) {
    const l = primLength(pd, o);
    if (remaining <= l || o + PS >= pd.length) return pointAtLength(pd, o, Math.min(remaining, l), l);
    remaining -= l;
  }
  return [e.sx, e.sy];
}

/** Point of the segment or arc at offset `o` at arc length `s` from its start (`l` is its length). */
function pointAtLength(pd: Float64Array, o: number, s: number, l: number): [number, number] {
  const t0 = pd[o + 11] as number;
  const dt = pd[o + 12] as number;
  if (l <= 0) return primPoint(pd, o, pd[o] === 0 ? 0 : t0);
  if (pd[o] === 0) return primPoint(pd, o, s / l);
  if (circularRadius(pd, o) >= 0) return primPoint(pd, o, t0 + (dt * s) / l);
  const a = t0;
  let lo = a;
  let hi = t0 + dt;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (arcLengthBetween(pd, o, a, mid) < s) lo = mid;
    else hi = mid;
  }
  return primPoint(pd, o, (lo + hi) / 2);
}

/** Point of a spline at arc length `s` from its start (`l` is its length). */
function splinePointAtLength(p: SplinePrim, s: number, l: number): [number, number] {
  if (l <= 0) return splinePrimPoint(p, p.a);
  const a = p.a;
  let lo = a;
  let hi = p.b;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (splineLengthBetween(p.s, Math.min(a, mid), Math.max(a, mid)) < s) lo = mid;
    else hi = mid;
  }
  return splinePrimPoint(p, (lo + hi) / 2);
}
