import { f64 } from './arena.ts';
import { addBoxAt, addPointAt, addPrimsAt, clearBoxAt, type Box } from './bbox.ts';
import type { LoopPart } from './chain-edges.ts';
import { nestLoops } from './containment.ts';
import { classifyEdges, countContours, findContours, type Contours, type EdgeClasses } from './contours.ts';
import type { Edge } from './edge.ts';
import type { Exploded } from './explode.ts';
import { countSamples, loopPolygon, makeLoop, samplesBetween, type Loop } from './loop-shape.ts';
import { PolylineCache } from './polyline-cache.ts';
import type { ReadContext } from './read-context.ts';
import { KeySums } from './key-sums.ts';

/** Lengths, totals, contours and areas of the exploded edges at chaining tolerance `tol`. */
export interface EdgeFacts {
  cut_length: number;
  length_by_type: Record<string, number>;
  length_by_layer: Record<string, number>;
  degenerate_edges: number;
  tiny_segments: number;
  bbox: Box | null;
  duplicate_edges: number;
  cut_length_dedup: number;
  closed_loops: number;
  open_chains: number;
  branched_components: number;
  open_chain_length: number;
  pierces: number;
  chain_sensitivity: { 'x0.1': [number, number]; x10: [number, number] };
  outer_area: number | null;
  outer_length: number | null;
  holes_in_outer: number | null;
  net_area: number | null;
  top_level_loops: number;
  total_net_area: number | null;
  largest_loop_areas: number[];
}

/** Everything computed from the edges, with the loops kept for problems and preview. */
export interface Analysis {
  facts: EdgeFacts;
  lines: PolylineCache;
  classes: EdgeClasses;
  contours: Contours;
  loops: Loop[];
  /** Loop boxes, 4 numbers per loop. */
  loopBoxes: Float64Array;
  depth: Int32Array;
  parent: Int32Array;
  outer: number;
}

/** Computes DEFINITIONS.md totals, contours and areas. */
export function computeFacts(ex: Exploded, tol: number, ctx: ReadContext): Analysis {
  const edges = ex.edges;
  const totals = lengthTotals(edges);
  const classes = classifyEdges(edges, tol);
  ctx.checkTime();
  const contours = findContours(edges, classes, tol, ctx);
  ctx.progress(0.8);
  const lines = new PolylineCache(edges, tol / 10);
  // Box of every non-degenerate edge, computed once: the drawing's box and the loop boxes are unions of them.
  const edgeBoxes = f64(4 * edges.length);
  // How far each edge's flattened vertices may lie outside its box (containment's clearance test).
  const edgeSlack = f64(edges.length);
  const all = new Float64Array(4);
  clearBoxAt(all, 0);
  let tiny = 0;
  let degenerate = 0;
  let dupCount = 0;
  let dupLength = 0;
  for (let i = 0; i < edges.length; i++) {
    if (classes.degenerate[i]) {
      degenerate++;
      continue;
    }
    const e = edges[i] as Edge;
    tiny += e.tiny;
    edgeBox(edgeBoxes, 4 * i, e, i, lines, edgeSlack);
    addBoxAt(all, 0, edgeBoxes, 4 * i);
    if (classes.duplicate[i]) {
      dupCount++;
      dupLength += e.length;
    }
  }
  const bbox: Box = [all[0] as number, all[1] as number, all[2] as number, all[3] as number];
  const sensitivity = {
    // Chaining again at a tenth of the tolerance only when a gap lies between the two.
    'x0.1': contours.atTenth ?? countContours(edges, classes, tol * 0.1, ctx, contours.same),
    x10: countContours(edges, classes, tol * 10, ctx, contours.same),
  } as EdgeFacts['chain_sensitivity'];
  ctx.progress(0.85);
  const nl = contours.loops.length;
  const loops: Loop[] = new Array<Loop>(nl);
  const areas = f64(nl);
  const loopBoxes = f64(4 * nl);
  const loopSlack = f64(nl);
  for (let i = 0; i < nl; i++) {
    const l = makeLoop(edges, contours.loops[i] as LoopPart[]);
    loops[i] = l;
    areas[i] = l.area;
    clearBoxAt(loopBoxes, 4 * i);
    let slack = 0;
    for (const part of l.parts) {
      addBoxAt(loopBoxes, 4 * i, edgeBoxes, 4 * part.edge);
      slack = Math.max(slack, edgeSlack[part.edge] as number);
    }
    loopSlack[i] = slack;
  }
  const { parent, depth } = nestLoops(
    {
      n: nl,
      area: areas,
      box: loopBoxes,
      slack: loopSlack,
      polygon: (i) => loopPolygon(edges, loops[i] as Loop, lines),
      sampleCount: (i) => countSamples(edges, loops[i] as Loop, lines),
      samplesBetween: (i, from, to, out) => samplesBetween(edges, loops[i] as Loop, lines, from, to, out),
    },
    tol,
    ctx,
  );
  ctx.progress(0.95);
  const nest = nestingTotals(loops, areas, parent, depth);
  let openLength = 0;
  for (const chain of contours.chains) for (const i of chain) openLength += (edges[i] as Edge).length;
  const hasBox = bbox[0] <= bbox[2];
  // One literal with every key (no spreads): a spread into a literal makes each later key a slow
  // property addition, about 8 us per file, as much as reading a small drawing.
  return {
    facts: {
      cut_length: totals.cut_length,
      length_by_type: totals.length_by_type,
      length_by_layer: totals.length_by_layer,
      degenerate_edges: degenerate,
      tiny_segments: tiny,
      bbox: hasBox ? bbox : null,
      duplicate_edges: dupCount,
      cut_length_dedup: totals.cut_length - dupLength,
      closed_loops: contours.loops.length,
      open_chains: contours.chains.length,
      branched_components: contours.branched,
      open_chain_length: openLength,
      pierces: contours.loops.length + contours.chains.length,
      chain_sensitivity: sensitivity,
      outer_area: nest.facts.outer_area,
      outer_length: nest.facts.outer_length,
      holes_in_outer: nest.facts.holes_in_outer,
      net_area: nest.facts.net_area,
      top_level_loops: nest.facts.top_level_loops,
      total_net_area: nest.facts.total_net_area,
      largest_loop_areas: nest.facts.largest_loop_areas,
    },
    lines,
    classes,
    contours,
    loops,
    loopBoxes,
    depth,
    parent,
    outer: nest.outer,
  };
}

function lengthTotals(edges: Edge[]): Pick<EdgeFacts, 'cut_length' | 'length_by_type' | 'length_by_layer'> {
  let cut = 0;
  const byType = new KeySums();
  const byLayer = new KeySums();
  for (const e of edges) {
    cut += e.length;
    byType.add(e.type, e.length);
    byLayer.add(e.layer, e.length);
  }
  return { cut_length: cut, length_by_type: byType.record(), length_by_layer: byLayer.record() };
}

/**
 * Box of edge `i` at offset `o`: exact for segments and arcs; splines from their cached flattening.
 * Writes to slack[i] how far the edge's flattened vertices may lie outside it (`primsSlack`; for a
 * spline 0, or NaN when a point is not finite): written, not returned, as a double returned from
 * a call that is not inlined is boxed.
 */
function edgeBox(
  b: Float64Array,
  o: number,
  e: Edge,
  i: number,
  lines: PolylineCache,
  slack: Float64Array,
): void {
  clearBoxAt(b, o);
  if (!e.spline) {
    addPrimsAt(b, o, e.pd, slack, i);
    return;
  }
  const pts = lines.get(i);
  let finite = 0;
  for (let k = 0; k + 1 < pts.length; k += 2) {
    const x = pts[k] as number;
    const y = pts[k + 1] as number;
    finite += x - x + (y - y);
    addPointAt(b, o, x, y);
  }
  slack[i] = finite === 0 ? 0 : NaN;
}

type NestFacts = Pick<
  EdgeFacts,
  | 'outer_area'
  | 'outer_length'
  | 'holes_in_outer'
  | 'net_area'
  | 'top_level_loops'
  | 'total_net_area'
  | 'largest_loop_areas'
>;

function nestingTotals(
  loops: Loop[],
  areas: Float64Array,
  parent: Int32Array,
  depth: Int32Array,
): { facts: NestFacts; outer: number } {
  const n = loops.length;
  let outer = -1;
  for (let i = 0; i < n; i++) if (outer < 0 || (areas[i] as number) > (areas[outer] as number)) outer = i;
  let holes = 0;
  let holeArea = 0;
  let top = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const area = areas[i] as number;
    if (outer >= 0 && parent[i] === outer) {
      holes++;
      holeArea += area;
    }
    if (depth[i] === 0) top++;
    total += (depth[i] as number) % 2 === 0 ? area : -area;
  }
  const o = outer >= 0 ? (loops[outer] as Loop) : null;
  return {
    outer,
    facts: {
      outer_area: o ? o.area : null,
      outer_length: o ? o.length : null,
      holes_in_outer: o ? holes : null,
      net_area: o ? o.area - holeArea : null,
      top_level_loops: top,
      total_net_area: o ? total : null,
      largest_loop_areas: largestFive(areas),
    },
  };
}

/** The five largest areas, largest first (as a descending sort would give; a NaN area takes that sort itself). */
export function largestFive(areas: Float64Array): number[] {
  const top: number[] = [];
  for (let i = 0; i < areas.length; i++) {
    const a = areas[i] as number;
    if (a !== a)
      return Array.from(areas)
        .sort((x, y) => y - x)
        .slice(0, 5);
    if (top.length === 5 && !(a > (top[4] as number))) continue;
    let k = top.length < 5 ? top.length : 4;
    top[k] = a;
    // Insertion: move the new value up past smaller ones.
    while (k > 0 && (top[k - 1] as number) < a) {
      top[k] = top[k - 1] as number;
      top[--k] = a;
    }
  }
  return top;
}
