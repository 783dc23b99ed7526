import { edgeMidpoint } from './arc-midpoint.ts';
import type { Edge } from './edge.ts';
import { PointGrid } from './point-grid.ts';

/**
 * Marks edges that duplicate an earlier edge: same length, same end points (either direction)
 * and same arc-length midpoint, all within `tol`. `candidates` are indices of non-degenerate edges.
 */
export function findDuplicates(edges: Edge[], candidates: number[], tol: number): Uint8Array {
  const dup = new Uint8Array(edges.length);
  const grid = new PointGrid(tol);
  const mids = new Map<number, [number, number]>();
  const mid = (i: number): [number, number] => {
    let m = mids.get(i);
    if (!m) {
      m = edgeMidpoint(edges[i] as Edge);
      mids.set(i, m);
    }
    return m;
  };
  const close = (ax: number, ay: number, bx: number, by: number): boolean =>
    Math.hypot(ax - bx, ay - by) <= tol;
  for (const i of candidates) {
    const e = edges[i] as Edge;
    const test = (j: number): boolean => {
      const f = edges[j] as Edge;
      if (Math.abs(f.length - e.length) > tol) return false;
      const same = close(e.sx, e.sy, f.sx, f.sy) && close(e.ex, e.ey, f.ex, f.ey);
      const rev = close(e.sx, e.sy, f.ex, f.ey) && close(e.ex, e.ey, f.sx, f.sy);
      if (!same && !rev) return false;
      const [mx, my] = mid(i);
      const [nx, ny] = mid(j);
      if (!close(mx, my, nx, ny)) return false;
      dup[i] = 1;
      return true;
    };
    grid.near(e.sx, e.sy, test);
    if (!dup[i]) grid.near(e.ex, e.ey, test);
    grid.add(e.sx, e.sy, i);
  }
  return dup;
}
