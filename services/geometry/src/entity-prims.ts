import { arcAngleSpanDeg, arcAngleSpanRad } from './angle-span.ts';
import { f64 } from './arena.ts';
import type { EllipseEntity } from './dxf-entities.ts';
import { cross3, isDefaultExtrusion, ocsToWcsXY } from './ocs.ts';
import { NO_PRIMS, PS, transformPrims, writeArc, writeBulge, writeSeg } from './prim-data.ts';

const DEG = Math.PI / 180;

/**
 * CIRCLE or ARC as one elliptical-arc primitive in WCS-XY (radius <= 0 gives a zero-length arc);
 * `v` holds the OCS centre x, y, z, radius and the start and end angles in degrees.
 */
export function arcPrims(
  kind: 'CIRCLE' | 'ARC',
  v: Float64Array,
  ex: number,
  ey: number,
  ez: number,
): Float64Array {
  const rad = v[3] as number;
  const a0 = v[4] as number;
  const r = rad > 0 ? rad : 0;
  const sweep = kind === 'CIRCLE' ? 2 * Math.PI : arcAngleSpanDeg(a0, v[5] as number) * DEG;
  const t0 = kind === 'CIRCLE' ? 0 : a0 * DEG;
  const pd = f64(PS);
  writeArc(pd, 0, v[0] as number, v[1] as number, r, 0, 0, r, t0, sweep);
  if (isDefaultExtrusion(ex, ey, ez)) return pd;
  return transformPrims(pd, ocsToWcsXY(ex, ey, ez, v[2] as number));
}

/** ELLIPSE as one elliptical-arc primitive; the minor axis is extrusion x major scaled to ratio*|major|. */
export function ellipsePrims(e: EllipseEntity): { pd: Float64Array; full: boolean } {
  const major: [number, number, number] = [e.mx, e.my, e.mz];
  const len = Math.hypot(e.mx, e.my, e.mz);
  const n = cross3([e.ex, e.ey, e.ez], major);
  const nl = Math.hypot(n[0], n[1], n[2]);
  const scale = nl > 0 ? (e.ratio * len) / nl : 0;
  const dt = arcAngleSpanRad(e.t0, e.t1);
  const pd = f64(PS);
  writeArc(pd, 0, e.cx, e.cy, e.mx, e.my, n[0] * scale, n[1] * scale, e.t0, dt);
  return { pd, full: Math.abs(dt - 2 * Math.PI) < 1e-12 };
}

/** Non-finite bulges taken as 0 by the last `polylinePrims` call. */
let badBulges = 0;

/** How many bulges the last `polylinePrims` call took as 0 because they were not finite. */
export function lastBadBulges(): number {
  return badBulges;
}

/**
 * Polyline vertices (x, y, bulge interleaved in `v`, `n` >= 1 of them) as segments and bulge arcs
 * (OCS for 2D, WCS for 3D), projected onto XY; `NO_PRIMS` when a vertex x or y is not finite. The
 * vertices are tested in the loop that reads them (no pass of its own): x - x is 0 for a finite x
 * and NaN otherwise, and a NaN stays in the sum.
 */
export function polylinePrims(
  v: Float64Array,
  n: number,
  closed: boolean,
  is3d: boolean,
  elevation: number,
  ex: number,
  ey: number,
  ez: number,
): Float64Array {
  let bad = 0;
  const count = closed ? n : n - 1;
  const pd = f64(PS * (Math.max(0, count) + (n === 1 ? 1 : 0)));
  let nonFinite = 0;
  for (let i = 0; i < count; i++) {
    const j = i + 1 === n ? 0 : i + 1;
    const x0 = v[3 * i] as number;
    const y0 = v[3 * i + 1] as number;
    const x1 = v[3 * j] as number;
    const y1 = v[3 * j + 1] as number;
    nonFinite += x0 - x0 + (y0 - y0);
    const b = is3d ? 0 : (v[3 * i + 2] as number);
    if (!(Math.abs(b) < 1e-10)) {
      if (Number.isFinite(b)) {
        writeBulge(pd, PS * i, x0, y0, x1, y1, b);
        continue;
      }
      bad++; // taken as 0: straight
    }
    // Straight segments (most of them) inline, as writeBulge writes them (the array is zeroed).
    const o = PS * i;
    pd[o + 1] = x0;
    pd[o + 2] = y0;
    pd[o + 3] = x1;
    pd[o + 4] = y1;
  }
  // The last vertex of an open polyline starts no segment.
  const l = 3 * (n - 1);
  nonFinite += (v[l] as number) - (v[l] as number) + ((v[l + 1] as number) - (v[l + 1] as number));
  if (nonFinite !== 0) {
    badBulges = 0;
    return NO_PRIMS;
  }
  badBulges = bad;
  if (n === 1) writeSeg(pd, PS * count, v[0] as number, v[1] as number, v[0] as number, v[1] as number);
  if (is3d) return pd;
  const m = ocsToWcsXY(ex, ey, ez, elevation);
  if (m.a === 1 && m.b === 0 && m.c === 0 && m.d === 1 && m.e === 0 && m.f === 0) return pd;
  return transformPrims(pd, m);
}
