import { flattenPrim } from './flatten.ts';
import { primStart, type EArc, type Prim } from './primitives.ts';

/** Mutable bounding box [xmin, ymin, xmax, ymax]. */
export type Box = [number, number, number, number];

/** An empty box (min +Infinity, max -Infinity). */
export function emptyBox(): Box {
  return [Infinity, Infinity, -Infinity, -Infinity];
}

/** Grows a box by a point. */
export function addPoint(b: Box, x: number, y: number): void {
  if (x < b[0]) b[0] = x;
  if (y < b[1]) b[1] = y;
  if (x > b[2]) b[2] = x;
  if (y > b[3]) b[3] = y;
}

/** Sets the box at offset `o` of a flat box array to empty. */
export function clearBoxAt(b: Float64Array, o: number): void {
  b[o] = Infinity;
  b[o + 1] = Infinity;
  b[o + 2] = -Infinity;
  b[o + 3] = -Infinity;
}

/** Grows the box at offset `o` of a flat box array by a point (same rule as `addPoint`). */
export function addPointAt(b: Float64Array, o: number, x: number, y: number): void {
  if (x < (b[o] as number)) b[o] = x;
  if (y < (b[o + 1] as number)) b[o + 1] = y;
  if (x > (b[o + 2] as number)) b[o + 2] = x;
  if (y > (b[o + 3] as number)) b[o + 3] = y;
}

/** Grows the box at offset `o` by the box at offset `p` of `src` (the same result as adding its points). */
export function addBoxAt(b: Float64Array, o: number, src: Float64Array, p: number): void {
  if ((src[p] as number) < (b[o] as number)) b[o] = src[p] as number;
  if ((src[p + 1] as number) < (b[o + 1] as number)) b[o + 1] = src[p + 1] as number;
  if ((src[p + 2] as number) > (b[o + 2] as number)) b[o + 2] = src[p + 2] as number;
  if ((src[p + 3] as number) > (b[o + 3] as number)) b[o + 3] = src[p + 3] as number;
}

/** Grows a box by a primitive: exact for segments and arcs (end points plus axis extremes), splines flattened. */
export function addPrim(b: Box, p: Prim, flatTol: number): void {
  const f = new Float64Array([b[0], b[1], b[2], b[3]]);
  addPrimAt(f, 0, p, flatTol);
  b[0] = f[0] as number;
  b[1] = f[1] as number;
  b[2] = f[2] as number;
  b[3] = f[3] as number;
}

/** `addPrim` on the box at offset `o` of a flat box array. */
export function addPrimAt(b: Float64Array, o: number, p: Prim, flatTol: number): void {
  if (p.k === 0) {
    addPointAt(b, o, p.x0, p.y0);
    addPointAt(b, o, p.x1, p.y1);
  } else if (p.k === 1) addArcAt(b, o, p);
  else {
    const [sx, sy] = primStart(p);
    addPointAt(b, o, sx, sy);
    const pts: number[] = [];
    flattenPrim(p, flatTol, pts);
    for (let i = 0; i < pts.length; i += 2) addPointAt(b, o, pts[i] as number, pts[i + 1] as number);
  }
}

function inSweep(p: EArc, t: number): boolean {
  const TAU = 2 * Math.PI;
  const lo = Math.min(p.t0, p.t0 + p.dt);
  const span = Math.abs(p.dt);
  if (span >= TAU) return true;
  let d = (t - lo) % TAU;
  if (d < 0) d += TAU;
  return d <= span;
}

/** Adds the point at parameter t of an arc. */
function addArcPointAt(b: Float64Array, o: number, p: EArc, t: number): void {
  const c = Math.cos(t);
  const s = Math.sin(t);
  addPointAt(b, o, p.cx + p.ux * c + p.vx * s, p.cy + p.uy * c + p.vy * s);
}

function addArcAt(b: Float64Array, o: number, p: EArc): void {
  addArcPointAt(b, o, p, p.t0);
  addArcPointAt(b, o, p, p.t0 + p.dt);
  // x(t) = cx + ux cos t + vx sin t is extreme at t = atan2(vx, ux) (+ pi); likewise y.
  const tx = Math.atan2(p.vx, p.ux);
  const ty = Math.atan2(p.vy, p.uy);
  if (inSweep(p, tx)) addArcPointAt(b, o, p, tx);
  if (inSweep(p, tx + Math.PI)) addArcPointAt(b, o, p, tx + Math.PI);
  if (inSweep(p, ty)) addArcPointAt(b, o, p, ty);
  if (inSweep(p, ty + Math.PI)) addArcPointAt(b, o, p, ty + Math.PI);
}
