import type { Edge } from './edge.ts';
import {
  arcLengthBetween,
  circularRadius,
  primLength,
  primPoint,
  splineLengthBetween,
  type Prim,
} from './primitives.ts';

/** Point at half the arc length of an edge (used to tell duplicates from mirror twins). */
export function edgeMidpoint(e: Edge): [number, number] {
  let remaining = e.length / 2;
  for (const p of e.prims) {
    const l = primLength(p);
    if (remaining <= l || p === e.prims[e.prims.length - 1])
      return pointAtLength(p, Math.min(remaining, l), l);
    remaining -= l;
  }
  return [e.sx, e.sy];
}

/** Point of a primitive at arc length `s` from its start (`l` is its length). */
function pointAtLength(p: Prim, s: number, l: number): [number, number] {
  if (l <= 0) return primPoint(p, p.k === 0 ? 0 : p.k === 1 ? p.t0 : p.a);
  if (p.k === 0) return primPoint(p, s / l);
  if (p.k === 1 && circularRadius(p) >= 0) return primPoint(p, p.t0 + (p.dt * s) / l);
  const [a, b] = p.k === 1 ? [p.t0, p.t0 + p.dt] : [p.a, p.b];
  const lenTo = (t: number): number =>
    p.k === 1 ? arcLengthBetween(p, a, t) : splineLengthBetween(p.s, Math.min(a, t), Math.max(a, t));
  let lo = a;
  let hi = b;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (lenTo(mid) < s) lo = mid;
    else hi = mid;
  }
  return primPoint(p, (lo + hi) / 2);
}
