import { AsciiTagReader } from './ascii-tag-reader.ts';
import { BinaryTagReader } from './binary-tag-reader.ts';
import { computeFacts } from './compute-facts.ts';
import { DEFAULT_OPTIONS } from './defaults.ts';
import { explode } from './explode.ts';
import { replaceNonFinite } from './finite-guard.ts';
import { forgetArcShapes } from './flatten.ts';
import { GeometryFailure } from './geometry-error.ts';
import { buildPreview } from './preview.ts';
import { findProblems } from './problems.ts';
import { ReadContext } from './read-context.ts';
import { readDxf } from './read-dxf.ts';
import { sniffFormat } from './sniff-format.ts';
import type { TagReader } from './tag-reader.ts';
import type { GeometryFacts, GeometryOptions, GeometryResult } from './types.ts';
import { ezdxfVersion, insunitsName, mmPerUnit } from './units.ts';

/**
 * Reads DXF bytes (ASCII or binary) and returns the facts a quote needs, problems and preview,
 * or `{ error }` (`not-a-dxf`, `unreadable`, `too-complex`, `time-limit`). Never throws.
 */
export function analyseDxf(bytes: Uint8Array, options: Partial<GeometryOptions> = {}): GeometryResult {
  const opts: GeometryOptions = { ...DEFAULT_OPTIONS, ...options };
  try {
    return run(bytes, opts);
  } catch (err) {
    if (err instanceof GeometryFailure) return { error: { code: err.code, message: err.message } };
    if (err instanceof RangeError)
      return { error: { code: 'too-complex', message: 'the drawing is too large' } };
    return { error: { code: 'unreadable', message: err instanceof Error ? err.message : String(err) } };
  }
}

function run(bytes: Uint8Array, opts: GeometryOptions): GeometryResult {
  const sniffed = sniffFormat(bytes);
  if (sniffed.kind === 'not-a-dxf') return { error: { code: 'not-a-dxf', message: sniffed.reason } };
  forgetArcShapes(); // no arc flattening carries over from an earlier call
  const ctx = new ReadContext(opts.maxEntities, opts.maxPrimitives, opts.timeBudgetMs, opts.onProgress);
  ctx.progress(0);
  const reader: TagReader =
    sniffed.kind === 'binary' ? new BinaryTagReader(bytes) : new AsciiTagReader(bytes, sniffed.start);
  const doc = readDxf(reader, ctx);
  if (!doc.hasHeader) ctx.warn('ezdxf_default_insunits_ignored');
  const fileMm = mmPerUnit(doc.insunits);
  const mm = fileMm ?? opts.unitlessMmPerUnit;
  const tol = 0.01 / (mm ?? 1);
  const ex = explode(doc.entities, doc.blocks, ctx, opts.maxNestingDepth, opts.ignoreLayers, 10 * tol);
  // The parsed entities are no longer needed: let them go before the memory-hungry steps.
  doc.entities.length = 0;
  doc.blocks.clear();
  ctx.progress(0.7);
  const analysis = computeFacts(ex, tol, ctx);
  const f = analysis.facts;
  const facts: GeometryFacts = {
    binary: sniffed.kind === 'binary',
    dxfversion: ezdxfVersion(doc.acadver),
    acadver_raw: doc.acadver,
    insunits: doc.insunits,
    insunits_name: insunitsName(doc.insunits),
    measurement: doc.measurement,
    mm_per_unit: fileMm,
    chain_tol: tol,
    flat_tol: tol / 10,
    entity_counts: ex.entityCounts,
    layers_used: ex.layers.size,
    exploded_counts: ex.explodedCounts,
    ignored_counts: ex.ignoredCounts,
    cut_entity_count: ex.edges.length,
    cut_length: f.cut_length,
    length_by_type: f.length_by_type,
    length_by_layer: f.length_by_layer,
    degenerate_edges: f.degenerate_edges,
    tiny_segments: f.tiny_segments,
    bbox: f.bbox,
    duplicate_edges: f.duplicate_edges,
    cut_length_dedup: f.cut_length_dedup,
    closed_loops: f.closed_loops,
    open_chains: f.open_chains,
    branched_components: f.branched_components,
    open_chain_length: f.open_chain_length,
    pierces: f.pierces,
    chain_sensitivity: f.chain_sensitivity,
    outer_area: f.outer_area,
    outer_length: f.outer_length,
    holes_in_outer: f.holes_in_outer,
    net_area: f.net_area,
    top_level_loops: f.top_level_loops,
    total_net_area: f.total_net_area,
    largest_loop_areas: f.largest_loop_areas,
    size: f.bbox ? [f.bbox[2] - f.bbox[0], f.bbox[3] - f.bbox[1]] : null,
    smallest_hole: null,
    warnings: ctx.warnings,
  };
  const report = findProblems(facts, analysis, ex, opts, mm);
  facts.smallest_hole = report.smallestHole;
  // The preview's coarser spline flattenings are derived from the cached fine ones, then those go.
  const preview = buildPreview(ex.edges, analysis, mm ?? 1, opts);
  analysis.lines.clear();
  const found = { count: 0 };
  const safe = replaceNonFinite(facts, found);
  if (found.count > 0) safe.warnings = { ...safe.warnings, non_finite_result_replaced: found.count };
  ctx.progress(1);
  return { facts: safe, problems: replaceNonFinite(report.problems, found), preview };
}
