import { arcAngleSpanDeg, arcAngleSpanRad } from './angle-span.ts';
import type { ArcEntity, EllipseEntity, PolylineEntity } from './dxf-entities.ts';
import { cross3, isDefaultExtrusion, ocsToWcsXY } from './ocs.ts';
import { makeArc, transformPrim, type EArc, type Prim } from './primitives.ts';
import { hypot } from './hypot.ts';

const DEG = Math.PI / 180;

/** CIRCLE or ARC as one elliptical-arc primitive in WCS-XY (radius <= 0 gives a zero-length arc). */
export function arcPrims(e: ArcEntity): Prim[] {
  const r = e.r > 0 ? e.r : 0;
  const sweep = e.kind === 'CIRCLE' ? 2 * Math.PI : arcAngleSpanDeg(e.a0, e.a1) * DEG;
  const t0 = e.kind === 'CIRCLE' ? 0 : e.a0 * DEG;
  const arc: EArc = makeArc(e.cx, e.cy, r, 0, 0, r, t0, sweep);
  if (isDefaultExtrusion(e.ex, e.ey, e.ez)) return [arc];
  return [transformPrim(arc, ocsToWcsXY(e.ex, e.ey, e.ez, e.cz))];
}

/** ELLIPSE as one elliptical-arc primitive; the minor axis is extrusion x major scaled to ratio*|major|. */
export function ellipsePrims(e: EllipseEntity): { prims: Prim[]; full: boolean } {
  const major: [number, number, number] = [e.mx, e.my, e.mz];
  const len = Math.hypot(e.mx, e.my, e.mz);
  const n = cross3([e.ex, e.ey, e.ez], major);
  const nl = Math.hypot(n[0], n[1], n[2]);
  const scale = nl > 0 ? (e.ratio * len) / nl : 0;
  const dt = arcAngleSpanRad(e.t0, e.t1);
  const arc: EArc = makeArc(e.cx, e.cy, e.mx, e.my, n[0] * scale, n[1] * scale, e.t0, dt);
  return { prims: [arc], full: Math.abs(dt - 2 * Math.PI) < 1e-12 };
}

/** Result of converting a polyline: primitives and how many bulges were not finite. */
export interface PolylinePrims {
  prims: Prim[];
  badBulges: number;
}

/** LWPOLYLINE / POLYLINE as segments and bulge arcs (OCS for 2D, WCS for 3D), projected onto XY. */
export function polylinePrims(e: PolylineEntity): PolylinePrims {
  const n = e.xs.length;
  const prims: Prim[] = [];
  let badBulges = 0;
  const count = e.closed ? n : n - 1;
  for (let i = 0; i < count; i++) {
    const j = i + 1 === n ? 0 : i + 1;
    let b = e.is3d ? 0 : (e.bulges[i] as number);
    if (!Number.isFinite(b)) {
      badBulges++;
      b = 0;
    }
    prims.push(bulgeSegment(e.xs[i] as number, e.ys[i] as number, e.xs[j] as number, e.ys[j] as number, b));
  }
  if (n === 1) prims.push({ k: 0, x0: e.xs[0]!, y0: e.ys[0]!, x1: e.xs[0]!, y1: e.ys[0]! });
  if (e.is3d) return { prims, badBulges };
  const m = ocsToWcsXY(e.ex, e.ey, e.ez, e.elevation);
  if (m.a === 1 && m.b === 0 && m.c === 0 && m.d === 1 && m.e === 0 && m.f === 0) return { prims, badBulges };
  return { prims: prims.map((p) => transformPrim(p, m)), badBulges };
}

/** A straight segment, or the circular arc of bulge b (signed sweep 4*atan(b), CCW when b > 0). */
export function bulgeSegment(x0: number, y0: number, x1: number, y1: number, b: number): Prim {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const d = hypot(dx, dy);
  // |b| < 1e-10 bows the chord by less than 1e-10 of its length (area error below 1e-10 d^2):
  // straight for every purpose, and it keeps 1/b finite (a denormal bulge gives an infinite radius).
  if (Math.abs(b) < 1e-10 || d === 0) return { k: 0, x0, y0, x1, y1 };
  const sweep = 4 * Math.atan(b);
  const r = (d * (1 + b * b)) / (4 * Math.abs(b));
  const off = (1 - b * b) / (4 * b); // signed distance of the centre from the chord midpoint, in chord lengths
  const cx = (x0 + x1) / 2 - dy * off;
  const cy = (y0 + y1) / 2 + dx * off;
  if (!Number.isFinite(r) || !Number.isFinite(cx) || !Number.isFinite(cy)) return { k: 0, x0, y0, x1, y1 };
  const t0 = Math.atan2(y0 - cy, x0 - cx);
  return { k: 1, x0, y0, x1, y1, cx, cy, ux: r, uy: 0, vx: 0, vy: r, t0, dt: sweep };
}
