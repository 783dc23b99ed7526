import { primArea, primLength, splineLengthArea, type Prim } from './primitives.ts';
import { findSpan, splinePoint, splineXY } from './spline.ts';

/** One cut entity as a sequence of exact primitives (DEFINITIONS.md "Edges"). */
export interface Edge {
  /** Exploded DXF type (LINE, ARC, CIRCLE, ELLIPSE, SPLINE, LWPOLYLINE, POLYLINE). */
  type: string;
  /** Effective layer. */
  layer: string;
  prims: Prim[];
  /** True when a primitive is a spline. */
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

/** Builds an edge: length, tiny pieces (shorter than `tinyLen`) and end points computed once. */
export function makeEdge(
  type: string,
  layer: string,
  prims: Prim[],
  closedFlag: boolean,
  tinyLen: number,
): Edge {
  let length = 0;
  let area = 0;
  let tiny = 0;
  let spline = false;
  for (const p of prims) {
    let l: number;
    if (p.k === 2) {
      spline = true;
      const la = splineLengthArea(p.s);
      l = la.length;
      area += la.area;
    } else {
      l = primLength(p);
      area += primArea(p);
    }
    length += l;
    if (l < tinyLen) tiny++;
  }
  // End points as primStart / primEnd give them, without the tuples.
  const first = prims[0];
  const last = prims[prims.length - 1];
  let sx = 0;
  let sy = 0;
  if (first) {
    if (first.k === 2) {
      splinePoint(first.s, first.a, findSpan(first.s, first.a));
      sx = splineXY[0] as number;
      sy = splineXY[1] as number;
    } else {
      sx = first.x0;
      sy = first.y0;
    }
  }
  let ex = sx;
  let ey = sy;
  if (last) {
    if (last.k === 2) {
      splinePoint(last.s, last.b, findSpan(last.s, last.b));
      ex = splineXY[0] as number;
      ey = splineXY[1] as number;
    } else {
      ex = last.x1;
      ey = last.y1;
    }
  }
  return { type, layer, prims, spline, closedFlag, length, area, tiny, sx, sy, ex, ey };
}
