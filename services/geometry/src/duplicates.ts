import { edgeMidpoint } from './arc-midpoint.ts';
import type { Edge } from './edge.ts';
import { PointGrid } from './point-grid.ts';
import { distWithin } from './dist-within.ts';

const cellRange = new Int32Array(4);
/** An end point handed to the grid (read from an array: doubles passed to a call that is not inlined are boxed). */
const at = new Float64Array(2);
const gridScratch = new PointGrid(1, 0);

/**
 * Marks edges that duplicate an earlier edge: same length, same end points (either direction)
 * and same arc-length midpoint, all within `tol`. `candidates` are indices of non-degenerate edges.
 * Both end points of every earlier edge are in the grid (id 2i for the start, 2i + 1 for the end),
 * so one search around an edge's start finds the earlier edges in either direction: a match needs
 * its start or its end within `tol` of that point.
 */
export function findDuplicates(edges: Edge[], candidates: number[], tol: number): Uint8Array {
  const dup = new Uint8Array(edges.length);
  // Cells of four times the tolerance: the neighbours of a point lie in at most 2 x 2 of them, and
  // in one column (row) of cells for half of the points: 2.25 cells searched on average, not 4.
  const grid = gridScratch.reset(4 * tol, 2 * edges.length, tol);
  const near = cellRange;
  const mids = new Map<number, [number, number]>();
  const mid = (i: number): [number, number] => {
    let m = mids.get(i);
    if (!m) {
      m = edgeMidpoint(edges[i] as Edge);
      mids.set(i, m);
    }
    return m;
  };
  for (const i of candidates) {
    const e = edges[i] as Edge;
    at[0] = e.sx;
    at[1] = e.sy;
    grid.cellsNear(at, 0, near);
    const x1 = near[1] as number;
    const y0 = near[2] as number;
    const y1 = near[3] as number;
    // Whether any earlier edge matches decides, not which one: the order of the cells is free.
    for (let ix = near[0] as number; ix <= x1 && !dup[i]; ix++) {
      for (let iy = y0; iy <= y1 && !dup[i]; iy++) {
        for (let id = grid.first(ix, iy); id >= 0; id = grid.next[id] as number) {
          const j = id >> 1;
          if (sameEdge(e, edges[j] as Edge, tol) && close(mid(i), mid(j), tol)) {
            dup[i] = 1;
            break;
          }
        }
      }
    }
    grid.add(at, 0, 2 * i);
    // A closed edge's end is its start: once is enough (the same cells, the same edge).
    if (e.ex !== e.sx || e.ey !== e.sy) {
      at[0] = e.ex;
      at[1] = e.ey;
      grid.add(at, 0, 2 * i + 1);
    }
  }
  return dup;
}

function close(a: [number, number], b: [number, number], tol: number): boolean {
  return distWithin(a[0] - b[0], a[1] - b[1], tol);
}

/** Same length and the same end points, in either direction, within `tol`. */
function sameEdge(e: Edge, f: Edge, tol: number): boolean {
  if (Math.abs(f.length - e.length) > tol) return false;
  return (
    (near(e.sx, e.sy, f.sx, f.sy, tol) && near(e.ex, e.ey, f.ex, f.ey, tol)) ||
    (near(e.sx, e.sy, f.ex, f.ey, tol) && near(e.ex, e.ey, f.sx, f.sy, tol))
  );
}

function near(ax: number, ay: number, bx: number, by: number, tol: number): boolean {
  return distWithin(ax - bx, ay - by, tol);
}
