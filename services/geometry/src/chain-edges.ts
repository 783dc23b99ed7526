import type { Edge } from './edge.ts';
import { PointGrid } from './point-grid.ts';
import type { ReadContext } from './read-context.ts';
import { UnionFind } from './union-find.ts';
import { distWithin } from './dist-within.ts';

const cellRange = new Int32Array(4);
// Scratch reused by every call (chaining runs three times per drawing): no backing store per call.
const ufPoints = new UnionFind(0);
const ufComponents = new UnionFind(0);
const gridScratch = new PointGrid(1, 0);
let xyScratch = new Float64Array(0);
let nodeScratch = new Int32Array(0);
let degreeScratch = new Int32Array(0);

/** One edge of a loop in its direction of travel. */
export interface LoopPart {
  edge: number;
  rev: boolean;
}

/** Result of chaining open edges into contours. */
export interface Chained {
  /** Cycles of open edges, each in travel order. */
  cycles: LoopPart[][];
  /** Open chains as edge index lists. */
  chains: number[][];
  /** Components with a node of degree > 2. */
  branched: number;
  /** End-point pairs joined at `tol` that are farther apart than `fineTol` (0: the finer chaining joins the same pairs). */
  loosePairs: number;
}

/**
 * Chains open edges (DEFINITIONS.md "Contours"): end points within `tol` merge transitively into
 * nodes; a component whose nodes all have degree 2 is a cycle, anything else an open chain.
 * Without `order` the cycles are left empty (counting only). Joined pairs farther apart than
 * `fineTol` are counted in `loosePairs`.
 */
export function chainEdges(
  edges: Edge[],
  open: number[],
  tol: number,
  ctx: ReadContext,
  order: boolean,
  fineTol = tol,
): Chained {
  const n = open.length;
  const pts = ufPoints.reset(2 * n);
  // Cells of four times the tolerance: the neighbours of a point lie in at most 2 x 2 of them, and
  // in one column (row) of cells for half of the points: 2.25 cells searched on average, not 4.
  const grid = gridScratch.reset(4 * tol, 2 * n);
  const near = cellRange;
  let loose = 0;
  if (xyScratch.length < 4 * n) xyScratch = new Float64Array(8 * n);
  const xy = xyScratch;
  for (let i = 0; i < n; i++) {
    const e = edges[open[i] as number] as Edge;
    xy[4 * i] = e.sx;
    xy[4 * i + 1] = e.sy;
    xy[4 * i + 2] = e.ex;
    xy[4 * i + 3] = e.ey;
  }
  for (let k = 0; k < 2 * n; k++) {
    const x = xy[2 * k] as number;
    const y = xy[2 * k + 1] as number;
    grid.cellsNear(x, y, tol, near);
    const x1 = near[1] as number;
    const y0 = near[2] as number;
    const y1 = near[3] as number;
    // Only the partition of the end points matters (not the order of the unions).
    for (let ix = near[0] as number; ix <= x1; ix++) {
      for (let iy = y0; iy <= y1; iy++) {
        for (let j = grid.first(ix, iy); j >= 0; j = grid.next[j] as number) {
          const dx = (xy[2 * j] as number) - x;
          const dy = (xy[2 * j + 1] as number) - y;
          if (distWithin(dx, dy, tol)) {
            pts.union(j, k);
            if (!distWithin(dx, dy, fineTol)) loose++;
          }
        }
      }
    }
    grid.add(x, y, k);
    ctx.tick();
  }
  if (nodeScratch.length < 2 * n) {
    nodeScratch = new Int32Array(4 * n);
    degreeScratch = new Int32Array(4 * n);
  }
  const node = nodeScratch;
  const degree = degreeScratch.fill(0, 0, 2 * n);
  for (let k = 0; k < 2 * n; k++) {
    node[k] = pts.find(k);
    const nd = node[k] as number;
    degree[nd] = (degree[nd] as number) + 1;
  }
  const comp = ufComponents.reset(2 * n);
  for (let i = 0; i < n; i++) comp.union(node[2 * i] as number, node[2 * i + 1] as number);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = comp.find(node[2 * i] as number);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  }
  const out: Chained = { cycles: [], chains: [], branched: 0, loosePairs: loose };
  for (const members of groups.values()) {
    let allTwo = true;
    let branched = false;
    for (const i of members) {
      for (let k = 2 * i; k <= 2 * i + 1; k++) {
        const d = degree[node[k] as number] as number;
        if (d !== 2) allTwo = false;
        if (d > 2) branched = true;
      }
    }
    if (branched) out.branched++;
    if (allTwo) out.cycles.push(order ? orderCycle(members, node, open) : []);
    else out.chains.push(members.map((i) => open[i] as number));
  }
  return out;
}

/** Orders the edges of a simple cycle in travel direction. */
function orderCycle(members: number[], node: Int32Array, open: number[]): LoopPart[] {
  const at = new Map<number, number[]>();
  for (const i of members) {
    for (let k = 2 * i; k <= 2 * i + 1; k++) {
      const nd = node[k] as number;
      const list = at.get(nd);
      if (list) list.push(i);
      else at.set(nd, [i]);
    }
  }
  const parts: LoopPart[] = [];
  const used = new Set<number>();
  let cur = members[0] as number;
  let rev = false;
  while (!used.has(cur)) {
    used.add(cur);
    parts.push({ edge: open[cur] as number, rev });
    const endNode = node[2 * cur + (rev ? 0 : 1)] as number;
    const next = (at.get(endNode) ?? []).find((i) => !used.has(i));
    if (next === undefined) break;
    rev = node[2 * next] !== endNode;
    cur = next;
  }
  return parts;
}
