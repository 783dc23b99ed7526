import { chainEdges, type LoopPart } from './chain-edges.ts';
import { findDuplicates } from './duplicates.ts';
import type { Edge } from './edge.ts';
import type { ReadContext } from './read-context.ts';

/** Edge classification and contours at one chaining tolerance. */
export interface Contours {
  degenerate: Uint8Array;
  duplicate: Uint8Array;
  /** Loops: closed edges alone, then cycles of open edges, each in travel order. */
  loops: LoopPart[][];
  /** Open chains as edge index lists. */
  chains: number[][];
  branched: number;
}

/** Classifies edges at tolerance `tol` and chains them into loops and open chains. */
export function findContours(edges: Edge[], tol: number, ctx: ReadContext): Contours {
  const degenerate = new Uint8Array(edges.length);
  const live: number[] = [];
  edges.forEach((e, i) => {
    if (e.length <= tol) degenerate[i] = 1;
    else live.push(i);
  });
  const duplicate = findDuplicates(edges, live, tol);
  ctx.checkTime();
  const loops: LoopPart[][] = [];
  const open: number[] = [];
  for (const i of live) {
    if (duplicate[i]) continue;
    const e = edges[i] as Edge;
    if (e.closedFlag || Math.hypot(e.ex - e.sx, e.ey - e.sy) <= tol) loops.push([{ edge: i, rev: false }]);
    else open.push(i);
  }
  const chained = chainEdges(edges, open, tol, ctx);
  return {
    degenerate,
    duplicate,
    loops: loops.concat(chained.cycles),
    chains: chained.chains,
    branched: chained.branched,
  };
}
