import { hypot } from './hypot.ts';
import { PS } from './prim-data.ts';
import { primArea, primLength, splineLengthArea, type SplinePrim } from './primitives.ts';
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

/** Builds an edge: length, tiny pieces (shorter than `tinyLen`) and end points computed once. */
export function makeEdge(
  type: string,
  layer: string,
  pd: Float64Array,
  spl: SplinePrim | null,
  closedFlag: boolean,
  tinyLen: number,
): Edge {
  let length = 0;
  let area = 0;
  let tiny = 0;
  let sx = 0;
  let sy = 0;
  let ex = 0;
  let ey = 0;
  if (spl) {
    const la = splineLengthArea(spl.s);
    length += la.length;
    area += la.area;
    if (la.length < tinyLen) tiny++;
    // End points as the flattening computes them (the polylines start and end there exactly).
    splineEndPoint(spl.s, false);
    sx = splineXY[0] as number;
    sy = splineXY[1] as number;
    splineEndPoint(spl.s, true);
    ex = splineXY[0] as number;
    ey = splineXY[1] as number;
  } else if (pd.length > 0) {
    for (let o = 0; o < pd.length; o += PS) {
      // Segments inline (a double returned from a call that is not inlined is boxed).
      const l =
        pd[o] === 0
          ? hypot(
              (pd[o + 3] as number) - (pd[o + 1] as number),
              (pd[o + 4] as number) - (pd[o + 2] as number),
            )
          : primLength(pd, o);
      area += primArea(pd, o);
      length += l;
      if (l < tinyLen) tiny++;
    }
    sx = pd[1] as number;
    sy = pd[2] as number;
    ex = pd[pd.length - PS + 3] as number;
    ey = pd[pd.length - PS + 4] as number;
  }
  return { type, layer, pd, spl, spline: spl !== null, closedFlag, length, area, tiny, sx, sy, ex, ey };
}
