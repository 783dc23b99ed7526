import { chainEdges, type LoopPart } from './chain-edges.ts';
import { findDuplicates } from './duplicates.ts';
import type { Edge } from './edge.ts';
import type { ReadContext } from './read-context.ts';
import { distWithin } from './dist-within.ts';

/** Degenerate and duplicate edges at the chaining tolerance of the file. */
export interface EdgeClasses {
  degenerate: Uint8Array;
  duplicate: Uint8Array;
  /** Indices of edges that are neither degenerate nor duplicate. */
  usable: number[];
}

/** Loops and open chains at one chaining tolerance. */
export interface Contours {
  /** Loops: closed edges alone, then cycles of open edges, each in travel order. */
  loops: LoopPart[][];
  /** Open chains as edge index lists. */
  chains: number[][];
  branched: number;
  /**
   * Numbers of loops and open chains at a tenth of the tolerance when no edge closes and no pair of
   * end points joins between a tenth of the tolerance and the tolerance (the same partition), else null.
   */
  atTenth: [number, number] | null;
  /** Exactly coincident end points met by this chaining (`chainEdges`'s `same`), for the chainings at other tolerances. */
  same: Int32Array;
}

/** Marks degenerate edges (length <= tol) and duplicates of earlier edges. */
export function classifyEdges(edges: Edge[], tol: number): EdgeClasses {
  const n = edges.length;
  const degenerate = new Uint8Array(n);
  let nLive = 0;
  for (let i = 0; i < n; i++) {
    if ((edges[i] as Edge).length <= tol) degenerate[i] = 1;
    else nLive++;
  }
  // Lists of their final size, filled in order: nothing regrown while they fill.
  const live = new Array<number>(nLive);
  for (let i = 0, k = 0; i < n; i++) if (degenerate[i] === 0) live[k++] = i;
  const duplicate = findDuplicates(edges, live, tol);
  let nUsable = 0;
  for (let k = 0; k < nLive; k++) if (duplicate[live[k] as number] === 0) nUsable++;
  const usable = new Array<number>(nUsable);
  for (let k = 0, u = 0; k < nLive; k++)
    if (duplicate[live[k] as number] === 0) usable[u++] = live[k] as number;
  return { degenerate, duplicate, usable };
}

/**
 * Chains the usable edges at tolerance `tol`: closed edges (flag or ends within `tol`) are loops,
 * the others are merged into cycles and open chains. Chain sensitivity calls this with tol/10 and
 * tol*10 on the same classification, as the oracle does.
 */
export function findContours(edges: Edge[], classes: EdgeClasses, tol: number, ctx: ReadContext): Contours {
  const usable = classes.usable;
  const nu = usable.length;
  growScratch(nu);
  const open = openScratch;
  const closed = closedScratch;
  let nOpen = 0;
  let nClosed = 0;
  // The same product as chain sensitivity's `tol * 0.1`.
  const tenth = tol * 0.1;
  let closeBetween = 0;
  for (let k = 0; k < nu; k++) {
    const i = usable[k] as number;
    const e = edges[i] as Edge;
    if (e.closedFlag) closed[nClosed++] = i;
    else if (distWithin(e.ex - e.sx, e.ey - e.sy, tol)) {
      closed[nClosed++] = i;
      if (!distWithin(e.ex - e.sx, e.ey - e.sy, tenth)) closeBetween++;
    } else open[nOpen++] = i;
  }
  const same = new Int32Array(2 * edges.length).fill(-1);
  const chained = chainEdges(edges, open.subarray(0, nOpen), tol, ctx, true, tenth, same, true);
  // Closed edges alone, then the cycles, in a list of its final size.
  const cycles = chained.cycles;
  const all = new Array<LoopPart[]>(nClosed + cycles.length);
  for (let k = 0; k < nClosed; k++) all[k] = [{ edge: closed[k] as number, rev: false }];
  for (let c = 0; c < cycles.length; c++) all[nClosed + c] = cycles[c] as LoopPart[];
  const partition = closeBetween === 0 && chained.loosePairs === 0;
  return {
    loops: all,
    chains: chained.chains,
    branched: chained.branched,
    atTenth: partition ? [all.length, chained.chains.length] : null,
    same,
  };
}

/**
 * Scratch of `findContours` and `countContours`: the open edges handed to the chaining and the
 * closed ones, by index (read before the call returns; grown on demand). Lists regrown by pushes
 * were most of what the chainings allocated.
 */
let openScratch = new Int32Array(1024);
let closedScratch = new Int32Array(1024);

function growScratch(n: number): void {
  if (openScratch.length < n) {
    openScratch = new Int32Array(2 * n);
    closedScratch = new Int32Array(2 * n);
  }
}

/**
 * Only the numbers of loops and open chains at tolerance `tol` (chain sensitivity); `same` from
 * `findContours` on the same edges lets coincident end points skip the search.
 */
export function countContours(
  edges: Edge[],
  classes: EdgeClasses,
  tol: number,
  ctx: ReadContext,
  same: Int32Array | null = null,
): [number, number] {
  let closed = 0;
  const usable = classes.usable;
  const nu = usable.length;
  growScratch(nu);
  const open = openScratch;
  let nOpen = 0;
  for (let k = 0; k < nu; k++) {
    const i = usable[k] as number;
    const e = edges[i] as Edge;
    if (e.closedFlag || distWithin(e.ex - e.sx, e.ey - e.sy, tol)) closed++;
    else open[nOpen++] = i;
  }
  const chained = chainEdges(edges, open.subarray(0, nOpen), tol, ctx, false, tol, same);
  return [closed + chained.cycles.length, chained.chains.length];
}
