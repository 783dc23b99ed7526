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

/** Grows a box by a primitive: exact for segments and arcs (end points plus axis extremes), splines flattened. */
export function addPrim(b: Box, p: Prim, flatTol: number): void {
  if (p.k === 0) {
    addPoint(b, p.x0, p.y0);
    addPoint(b, p.x1, p.y1);
  } else if (p.k === 1) addArc(b, p);
  else {
    const [sx, sy] = primStart(p);
    addPoint(b, sx, sy);
    const pts: number[] = [];
    flattenPrim(p, flatTol, pts);
    for (let i = 0; i < pts.length; i += 2) addPoint(b, pts[i] as number, pts[i + 1] as number);
  }
}

function arcPoint(p: EArc, t: number): [number, number] {
  const c = Math.cos(t);
  const s = Math.sin(t);
  return [p.cx + p.ux * c + p.vx * s, p.cy + p.uy * c + p.vy * s];
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

function addArc(b: Box, p: EArc): void {
  const [x0, y0] = arcPoint(p, p.t0);
  const [x1, y1] = arcPoint(p, p.t0 + p.dt);
  addPoint(b, x0, y0);
  addPoint(b, x1, y1);
  // x(t) = cx + ux cos t + vx sin t is extreme at t = atan2(vx, ux) (+ pi); likewise y.
  const tx = Math.atan2(p.vx, p.ux);
  const ty = Math.atan2(p.vy, p.uy);
  for (const t of [tx, tx + Math.PI, ty, ty + Math.PI]) {
    if (inSweep(p, t)) {
      const [x, y] = arcPoint(p, t);
      addPoint(b, x, y);
    }
  }
}
