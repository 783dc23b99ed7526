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
/** Index in `open` of each edge, -1 when not open (for `same`; grown on demand). */
let localOf = new Int32Array(0);

/** The one empty list every cycle and chain gets when only counting (never written to). */
const NONE: never[] = [];

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
  /**
   * End-point pairs joined at `tol` that are farther apart than `fineTol`, a point at the very place
   * of one before it counted through that one only: 0 exactly when the finer chaining joins the same pairs.
   */
  loosePairs: number;
}

/**
 * Chains open edges (DEFINITIONS.md "Contours"): end points within `tol` merge transitively into
 * nodes; a component whose nodes all have degree 2 is a cycle, anything else an open chain.
 * Without `order` the cycles and chains are left empty (counting only: one shared empty list
 * each, nothing allocated per component). Joined pairs farther apart than `fineTol` are counted
 * in `loosePairs`.
 *
 * An edge's start at the very place of the previous open edge's end (consecutive lines of a
 * drawing) is joined to that end without a search and left out of the grid: a point at the same
 * place joins the same points, and those find the other instead. (Such pairs need no entry in
 * `same`: at other tolerances the two edges are consecutive again whenever both are open.)
 *
 * `same` shares exactly coincident end points between the chainings of one drawing: entry
 * 2e + end (0 start, 1 end of edge e) is the entry of an earlier end point at the very same
 * coordinates, or -1 (the caller fills it with -1, 2 numbers per edge). With `record` this
 * chaining writes the pairs it meets; otherwise an end point whose partner is among `open` is
 * joined to it without a search and left out of the grid, in the same way.
 */
export function chainEdges(
  edges: Edge[],
  open: ArrayLike<number>,
  tol: number,
  ctx: ReadContext,
  order: boolean,
  fineTol = tol,
  same: Int32Array | null = null,
  record = false,
): Chained {
  const n = open.length;
  const skip = same !== null && !record;
  if (skip) {
    if (localOf.length < edges.length) localOf = new Int32Array(2 * edges.length);
    localOf.fill(-1, 0, edges.length);
    for (let i = 0; i < n; i++) localOf[open[i] as number] = i;
  }
  const pts = ufPoints.reset(2 * n);
  // Cells of four times the tolerance: the neighbours of a point lie in at most 2 x 2 of them, and
  // in one column (row) of cells for half of the points: 2.25 cells searched on average, not 4.
  const grid = gridScratch.reset(4 * tol, 2 * n, tol);
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
    const id = 2 * (open[k >> 1] as number) + (k & 1);
    if ((k & 1) === 0 && k > 0 && xy[2 * k] === xy[2 * k - 2] && xy[2 * k + 1] === xy[2 * k - 1]) {
      pts.union(k - 1, k);
      ctx.tick();
      continue;
    }
    if (skip) {
      const p = (same as Int32Array)[id] as number;
      const partner = p >= 0 ? (localOf[p >> 1] as number) : -1;
      if (partner >= 0) {
        pts.union(2 * partner + (p & 1), k);
        ctx.tick();
        continue;
      }
    }
    const x = xy[2 * k] as number;
    const y = xy[2 * k + 1] as number;
    grid.cellsNear(xy, 2 * k, near);
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
            else if (record && dx === 0 && dy === 0 && (same as Int32Array)[id] === -1)
              (same as Int32Array)[id] = 2 * (open[j >> 1] as number) + (j & 1);
          }
        }
      }
    }
    grid.add(xy, 2 * k, k);
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
  const members = groupEdges(comp, node, n);
  const out: Chained = { cycles: [], chains: [], branched: 0, loosePairs: loose };
  const ends = groupEnds;
  for (let g = 0; g < groupCount; g++) {
    const from = g === 0 ? 0 : (ends[g - 1] as number);
    const to = ends[g] as number;
    let allTwo = true;
    let branched = false;
    for (let m = from; m < to; m++) {
      const i = members[m] as number;
      for (let k = 2 * i; k <= 2 * i + 1; k++) {
        const d = degree[node[k] as number] as number;
        if (d !== 2) allTwo = false;
        if (d > 2) branched = true;
      }
    }
    if (branched) out.branched++;
    if (!order) {
      if (allTwo) out.cycles.push(NONE);
      else out.chains.push(NONE);
    } else if (allTwo) out.cycles.push(orderCycle(members, from, to, node, open));
    else {
      const chain = new Array<number>(to - from);
      for (let m = from; m < to; m++) chain[m - from] = open[members[m] as number] as number;
      out.chains.push(chain);
    }
  }
  return out;
}

/** Scratch of `groupEdges` and `orderCycle` (grown on demand). */
let groupOfRoot = new Int32Array(0);
let groupOfEdge = new Int32Array(0);
let groupNext = new Int32Array(0);
let memberScratch = new Int32Array(0);
let groupEnds = new Int32Array(0);
let groupCount = 0;
let firstAt = new Int32Array(0);
let secondAt = new Int32Array(0);
let usedScratch = new Uint8Array(0);

/**
 * Lists the edges 0..n-1 by component (the root of their start node) and returns the list:
 * components in order of their first edge, edges in index order within each (the order a Map of
 * arrays filled in index order gives). Component g ends at `groupEnds[g]`; `groupCount` of them.
 */
function groupEdges(comp: UnionFind, node: Int32Array, n: number): Int32Array {
  if (groupOfEdge.length < n) {
    groupOfEdge = new Int32Array(2 * n);
    groupNext = new Int32Array(2 * n);
    memberScratch = new Int32Array(2 * n);
    groupEnds = new Int32Array(2 * n);
    usedScratch = new Uint8Array(2 * n);
  }
  if (groupOfRoot.length < 2 * n) {
    groupOfRoot = new Int32Array(4 * n);
    firstAt = new Int32Array(4 * n);
    secondAt = new Int32Array(4 * n);
  }
  const ofRoot = groupOfRoot.fill(-1, 0, 2 * n);
  const ofEdge = groupOfEdge;
  const ends = groupEnds;
  let groups = 0;
  for (let i = 0; i < n; i++) {
    const r = comp.find(node[2 * i] as number);
    let g = ofRoot[r] as number;
    if (g < 0) {
      g = ofRoot[r] = groups++;
      ends[g] = 0;
    }
    ofEdge[i] = g;
    ends[g] = (ends[g] as number) + 1;
  }
  // Sizes to end offsets; each group's next free place starts at its start.
  const next = groupNext;
  let pos = 0;
  for (let g = 0; g < groups; g++) {
    next[g] = pos;
    pos += ends[g] as number;
    ends[g] = pos;
  }
  const members = memberScratch;
  for (let i = 0; i < n; i++) {
    const g = ofEdge[i] as number;
    members[next[g] as number] = i;
    next[g] = (next[g] as number) + 1;
  }
  groupCount = groups;
  return members;
}

/** Orders the edges of a simple cycle (members[from..to)) in travel direction. */
function orderCycle(
  members: Int32Array,
  from: number,
  to: number,
  node: Int32Array,
  open: ArrayLike<number>,
): LoopPart[] {
  // The edges at each node, in the order of the members and their ends (start, then end).
  for (let m = from; m < to; m++) {
    const i = members[m] as number;
    firstAt[node[2 * i] as number] = -1;
    firstAt[node[2 * i + 1] as number] = -1;
    secondAt[node[2 * i] as number] = -1;
    secondAt[node[2 * i + 1] as number] = -1;
  }
  for (let m = from; m < to; m++) {
    const i = members[m] as number;
    for (let k = 2 * i; k <= 2 * i + 1; k++) {
      const nd = node[k] as number;
      if (firstAt[nd] === -1) firstAt[nd] = i;
      else secondAt[nd] = i;
    }
  }
  const used = usedScratch;
  // Sized for every member (a cycle's walk meets them all; cut to the walk's length otherwise).
  const parts = new Array<LoopPart>(to - from);
  let count = 0;
  let cur = members[from] as number;
  let rev = false;
  while (used[cur] === 0) {
    used[cur] = 1;
    parts[count++] = { edge: open[cur] as number, rev };
    const endNode = node[2 * cur + (rev ? 0 : 1)] as number;
    // The first edge listed at the node that is not used yet (a node of a cycle has two).
    const a = firstAt[endNode] as number;
    const b = secondAt[endNode] as number;
    const next = a >= 0 && used[a] === 0 ? a : b >= 0 && used[b] === 0 ? b : -1;
    if (next < 0) break;
    rev = node[2 * next] !== endNode;
    cur = next;
  }
  for (let m = from; m < to; m++) used[members[m] as number] = 0;
  if (count < parts.length) parts.length = count;
  return parts;
}
