import { hypot } from './hypot.ts';
import { PS } from './prim-data.ts';
import { primLength, splineLengthArea, type SplinePrim } from './primitives.ts';
import { splineXY } from './spline.ts';
import { splineEndPoint } from './flatten-spline.ts';

/** One cut entity as a sequence of exact primitives (DEFINITIONS.md "Edges"). */
export interface Edge {
  /** Exploded DXF type (LINE, ARC, CIRCLE, ELLIPSE, SPLINE, LWPOLYLINE, POLYLINE). */
  type: string;
  /** Effective layer. */
  layer: string;
  /** Segments and arcs packed `PS` numbers each (`prim-data.ts`); empty for a spline edge. */
  pd: Float64Array;
  /** The spline of a SPLINE edge (its only primitive), else null. */
  spl: SplinePrim | null;
  /** True when the edge is a spline (`spl` is set). */
  spline: boolean;
  /** CIRCLE, full ELLIPSE or polyline with the closed flag. */
  closedFlag: boolean;
  length: number;
  /** Green's integral 1/2 * integral of (x dy - y dx) along the edge in its direction. */
  area: number;
  /** Primitives (a spline counts as one) shorter than the tiny-segment length. */
  tiny: number;
  sx: number;
  sy: number;
  ex: number;
  ey: number;
}

/** Number of primitives of an edge (a spline counts as one). */
export function primCount(e: Edge): number {
  return e.spl ? 1 : e.pd.length / PS;
}

/**
 * The edges `makeEdge` builds: one class, every field set once in the constructor in one order, so
 * all edges share one shape from the start. The fields are `declare`d: emitted class fields would
 * first be defined as undefined (a tagged field, a fresh box for every number written to it).
 */
class BuiltEdge implements Edge {
  declare type: string;
  declare layer: string;
  declare pd: Float64Array;
  declare spl: SplinePrim | null;
  declare spline: boolean;
  declare closedFlag: boolean;
  declare length: number;
  declare area: number;
  declare tiny: number;
  declare sx: number;
  declare sy: number;
  declare ex: number;
  declare ey: number;

  constructor(
    type: string,
    layer: string,
    pd: Float64Array,
    spl: SplinePrim | null,
    closedFlag: boolean,
    length: number,
    area: number,
    tiny: number,
    sx: number,
    sy: number,
    ex: number,
    ey: number,
  ) {
    this.type = type;
    this.layer = layer;
    this.pd = pd;
    this.spl = spl;
    this.spline = spl !== null;
    this.closedFlag = closedFlag;
    this.length = length;
    this.area = area;
    this.tiny = tiny;
    this.sx = sx;
    this.sy = sy;
    this.ex = ex;
    this.ey = ey;
  }
}

/** Builds an edge: length, tiny pieces (shorter than `tinyLen`) and end points computed once. */
export function makeEdge(
  type: string,
  layer: string,
  pd: Float64Array,
  spl: SplinePrim | null,
  closedFlag: boolean,
  tinyLen: number,
): Edge {
  if (spl) return splineEdge(type, layer, pd, spl, closedFlag, tinyLen);
  let length = 0;
  let area = 0;
  let tiny = 0;
  for (let o = 0; o < pd.length; o += PS) {
    const x0 = pd[o + 1] as number;
    const y0 = pd[o + 2] as number;
    const x1 = pd[o + 3] as number;
    const y1 = pd[o + 4] as number;
    // Segments and circular arcs inline, as primLength and primArea compute them, square roots
    // included (as `hypot` takes them in range): a double returned from a call that is not inlined
    // is boxed, and this loop runs for every segment of the drawing. Elliptical arcs by primLength.
    // The unary plus on the calls' results (rarely taken) types them as numbers for the optimizer:
    // without it `l` merges an unknown value and is kept boxed, a fresh box for every segment.
    let l: number;
    let a = x0 * y1 - x1 * y0;
    if (pd[o] === 0) {
      const dx = x1 - x0;
      const dy = y1 - y0;
      const s = dx * dx + dy * dy;
      l = s > 1e-290 && s < 1e290 ? Math.sqrt(s) : +hypot(dx, dy);
    } else {
      const ux = pd[o + 7] as number;
      const uy = pd[o + 8] as number;
      const vx = pd[o + 9] as number;
      const vy = pd[o + 10] as number;
      const t0 = pd[o + 11] as number;
      const dt = pd[o + 12] as number;
      // circularRadius (prim-data.ts): U and V orthogonal with equal lengths.
      const su = ux * ux + uy * uy;
      const sv = vx * vx + vy * vy;
      const ru = su > 1e-290 && su < 1e290 ? Math.sqrt(su) : +hypot(ux, uy);
      const rv = sv > 1e-290 && sv < 1e290 ? Math.sqrt(sv) : +hypot(vx, vy);
      const rmax = Math.max(ru, rv);
      const tol = 1e-12 * rmax;
      l =
        Math.abs(ru - rv) <= tol && Math.abs(ux * vx + uy * vy) <= tol * rmax
          ? ru * Math.abs(t0 + dt - t0)
          : +primLength(pd, o);
      const d2 = dt * dt;
      const dtMinusSin =
        Math.abs(dt) > 0.1
          ? dt - Math.sin(dt)
          : dt * d2 * (1 / 6 - d2 * (1 / 120 - d2 * (1 / 5040 - d2 / 362880)));
      a += (ux * vy - uy * vx) * dtMinusSin;
    }
    area += a / 2;
    length += l;
    if (l < tinyLen) tiny++;
  }
  const n = pd.length;
  return new BuiltEdge(
    type,
    layer,
    pd,
    null,
    closedFlag,
    length,
    area,
    tiny,
    n > 0 ? (pd[1] as number) : 0,
    n > 0 ? (pd[2] as number) : 0,
    n > 0 ? (pd[n - PS + 3] as number) : 0,
    n > 0 ? (pd[n - PS + 4] as number) : 0,
  );
}

/** The edge of a spline (kept out of `makeEdge`, whose loop then has the inlining budget to itself). */
function splineEdge(
  type: string,
  layer: string,
  pd: Float64Array,
  spl: SplinePrim,
  closedFlag: boolean,
  tinyLen: number,
): Edge {
  const la = splineLengthArea(spl.s);
  const e = new BuiltEdge(
    type,
    layer,
    pd,
    spl,
    closedFlag,
    la.length,
    la.area,
    la.length < tinyLen ? 1 : 0,
    0,
    0,
    0,
    0,
  );
  // End points as the flattening computes them (the polylines start and end there exactly).
  splineEndPoint(spl.s, false);
  e.sx = splineXY[0] as number;
  e.sy = splineXY[1] as number;
  splineEndPoint(spl.s, true);
  e.ex = splineXY[0] as number;
  e.ey = splineXY[1] as number;
  return e;
}
