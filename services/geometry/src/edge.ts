import { primArea, primEnd, primLength, primStart, splineLengthArea, type Prim } from './primitives.ts';

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
  const first = prims[0];
  const last = prims[prims.length - 1];
  const [sx, sy] = first ? primStart(first) : [0, 0];
  const [ex, ey] = last ? primEnd(last) : [sx, sy];
  return { type, layer, prims, spline, closedFlag, length, area, tiny, sx, sy, ex, ey };
}
