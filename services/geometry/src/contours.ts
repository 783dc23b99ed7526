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
  const degenerate = new Uint8Array(edges.length);
  const live: number[] = [];
  edges.forEach((e, i) => {
    if (e.length <= tol) degenerate[i] = 1;
    else live.push(i);
  });
  const duplicate = findDuplicates(edges, live, tol);
  return { degenerate, duplicate, usable: live.filter((i) => !duplicate[i]) };
}

/**
 * Chains the usable edges at tolerance `tol`: closed edges (flag or ends within `tol`) are loops,
 * the others are merged into cycles and open chains. Chain sensitivity calls this with tol/10 and
 * tol*10 on the same classification, as the oracle does.
 */
export function findContours(edges: Edge[], classes: EdgeClasses, tol: number, ctx: ReadContext): Contours {
  const loops: LoopPart[][] = [];
  const open: number[] = [];
  // The same product as chain sensitivity's `tol * 0.1`.
  const tenth = tol * 0.1;
  let closeBetween = 0;
  for (const i of classes.usable) {
    const e = edges[i] as Edge;
    if (e.closedFlag) loops.push([{ edge: i, rev: false }]);
    else if (distWithin(e.ex - e.sx, e.ey - e.sy, tol)) {
      loops.push([{ edge: i, rev: false }]);
      if (!distWithin(e.ex - e.sx, e.ey - e.sy, tenth)) closeBetween++;
    } else open.push(i);
  }
  const same = new Int32Array(2 * edges.length).fill(-1);
  const chained = chainEdges(edges, open, tol, ctx, true, tenth, same, true);
  const all = loops.concat(chained.cycles);
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
  const open: number[] = [];
  for (const i of classes.usable) {
    const e = edges[i] as Edge;
    if (e.closedFlag || distWithin(e.ex - e.sx, e.ey - e.sy, tol)) closed++;
    else open.push(i);
  }
  const chained = chainEdges(edges, open, tol, ctx, false, tol, same);
  return [closed + chained.cycles.length, chained.chains.length];
}
