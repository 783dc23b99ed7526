import { addPoint, addPrim, emptyBox, type Box } from './bbox.ts';
import { nestLoops, type LoopGeom } from './containment.ts';
import { classifyEdges, countContours, findContours, type Contours, type EdgeClasses } from './contours.ts';
import type { Edge } from './edge.ts';
import type { Exploded } from './explode.ts';
import { loopPolygon, loopSamples, makeLoop, type Loop } from './loop-shape.ts';
import { PolylineCache } from './polyline-cache.ts';
import type { ReadContext } from './read-context.ts';

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
  boxes: Box[];
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
  const bbox = emptyBox();
  let tiny = 0;
  let degenerate = 0;
  let dupCount = 0;
  let dupLength = 0;
  edges.forEach((e, i) => {
    if (classes.degenerate[i]) {
      degenerate++;
      return;
    }
    tiny += e.tiny;
    addEdgeBox(bbox, e, i, lines);
    if (classes.duplicate[i]) {
      dupCount++;
      dupLength += e.length;
    }
  });
  const sens = (f: number): [number, number] => countContours(edges, classes, tol * f, ctx);
  const sensitivity = { 'x0.1': sens(0.1), x10: sens(10) } as EdgeFacts['chain_sensitivity'];
  ctx.progress(0.85);
  const areaOf = (i: number): number => (edges[i] as Edge).area;
  const loops = contours.loops.map((parts) => makeLoop(edges, parts, areaOf));
  const polys = new Map<number, Float64Array>();
  const polygon = (i: number): Float64Array => {
    let p = polys.get(i);
    if (!p) {
      p = loopPolygon(loops[i] as Loop, (k) => lines.get(k));
      polys.set(i, p);
    }
    return p;
  };
  const boxes = loops.map((l) => loopBox(edges, l, lines));
  const geoms: LoopGeom[] = loops.map((l, i) => ({
    area: l.area,
    box: boxes[i] as Box,
    polygon: () => polygon(i),
    samples: () => loopSamples(edges, l, lines),
  }));
  const { parent, depth } = nestLoops(geoms, tol, ctx);
  ctx.progress(0.95);
  const nest = nestingTotals(loops, parent, depth);
  let openLength = 0;
  for (const chain of contours.chains) for (const i of chain) openLength += (edges[i] as Edge).length;
  const hasBox = bbox[0] <= bbox[2];
  return {
    facts: {
      ...totals,
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
      ...nest.facts,
    },
    lines,
    classes,
    contours,
    loops,
    boxes,
    depth,
    parent,
    outer: nest.outer,
  };
}

function lengthTotals(edges: Edge[]): Pick<EdgeFacts, 'cut_length' | 'length_by_type' | 'length_by_layer'> {
  let cut = 0;
  const byType: Record<string, number> = {};
  const byLayer: Record<string, number> = {};
  for (const e of edges) {
    cut += e.length;
    byType[e.type] = (byType[e.type] ?? 0) + e.length;
    byLayer[e.layer] = (byLayer[e.layer] ?? 0) + e.length;
  }
  return { cut_length: cut, length_by_type: byType, length_by_layer: byLayer };
}

function loopBox(edges: Edge[], loop: Loop, lines: PolylineCache): Box {
  const b = emptyBox();
  for (const part of loop.parts) addEdgeBox(b, edges[part.edge] as Edge, part.edge, lines);
  return b;
}

/** Exact box for segments and arcs; splines from their cached flattening. */
function addEdgeBox(b: Box, e: Edge, i: number, lines: PolylineCache): void {
  if (!lines.hasSpline(i)) {
    for (const p of e.prims) addPrim(b, p, lines.tol);
    return;
  }
  const pts = lines.get(i);
  for (let k = 0; k + 1 < pts.length; k += 2) addPoint(b, pts[k] as number, pts[k + 1] as number);
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
  parent: Int32Array,
  depth: Int32Array,
): { facts: NestFacts; outer: number } {
  let outer = -1;
  loops.forEach((l, i) => {
    if (outer < 0 || l.area > (loops[outer] as Loop).area) outer = i;
  });
  let holes = 0;
  let holeArea = 0;
  let top = 0;
  let total = 0;
  loops.forEach((l, i) => {
    if (outer >= 0 && parent[i] === outer) {
      holes++;
      holeArea += l.area;
    }
    if (depth[i] === 0) top++;
    total += (depth[i] as number) % 2 === 0 ? l.area : -l.area;
  });
  const o = outer >= 0 ? (loops[outer] as Loop) : null;
  const largest = loops
    .map((l) => l.area)
    .sort((a, b) => b - a)
    .slice(0, 5);
  return {
    outer,
    facts: {
      outer_area: o ? o.area : null,
      outer_length: o ? o.length : null,
      holes_in_outer: o ? holes : null,
      net_area: o ? o.area - holeArea : null,
      top_level_loops: top,
      total_net_area: o ? total : null,
      largest_loop_areas: largest,
    },
  };
}
