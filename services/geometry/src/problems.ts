import type { Analysis } from './compute-facts.ts';
import type { Edge } from './edge.ts';
import type { Exploded } from './explode.ts';
import { holeGroup, holeWidths, type HoleGroup } from './hole-widths.ts';
import type { GeometryFacts, GeometryOptions, Problem } from './types.ts';

const MAX_WHERE = 20;

/** Problems found on a drawing plus the smallest hole width (drawing units, null without holes). */
export interface ProblemReport {
  problems: Problem[];
  smallestHole: number | null;
}

function problem(
  p: Omit<Problem, 'where' | 'details'> & Partial<Pick<Problem, 'where' | 'details'>>,
): Problem {
  return { where: [], details: {}, ...p };
}

/** Manufacturability checks of QUOTING.md; `mm` is millimetres per unit (null: unknown, read as mm). */
export function findProblems(
  facts: GeometryFacts,
  a: Analysis,
  ex: Exploded,
  opts: GeometryOptions,
  mm: number | null,
): ProblemReport {
  const edges = ex.edges;
  const out: Problem[] = [];
  const scale = mm ?? 1;
  if (a.contours.chains.length > 0) {
    const where = a.contours.chains.slice(0, MAX_WHERE).map((c): [number, number] => {
      const e = edges[c[0] as number] as Edge;
      return [e.sx, e.sy];
    });
    out.push(
      problem({
        code: 'open-contour',
        severity: 'error',
        message: `${a.contours.chains.length} open contour(s): the outline does not close and cannot be cut as drawn`,
        count: a.contours.chains.length,
        where,
        details: { open_length: facts.open_chain_length },
      }),
    );
  }
  const thickness = opts.thicknessMm !== null && opts.thicknessMm > 0 ? opts.thicknessMm : null;
  const limitMm = thickness !== null ? opts.holeFactor * thickness : 0;
  const limit = thickness !== null ? (opts.holeFactor * thickness) / scale : Infinity;
  // Widths under `sure` pass both checks below (w < limit, w * scale < 1), rounding included.
  const sure = Math.min(limit, 1 / scale) * (1 - 1e-9);
  const holes = holeWidths(a, edges, Math.max(limitMm, 1) / scale, sure);
  if (thickness !== null) {
    const small = holeGroup(holes, (w) => w < limit, MAX_WHERE);
    if (small.count)
      out.push(holeProblem('hole-too-small', small, limit, scale, 'narrower than the material allows'));
  }
  const tinyHoles = holeGroup(holes, (w) => w * scale < 1, MAX_WHERE);
  if (tinyHoles.count) out.push(holeProblem('feature-too-small', tinyHoles, 1 / scale, scale, 'under 1 mm'));
  if (facts.tiny_segments > 0) {
    out.push(
      problem({
        code: 'feature-too-small',
        severity: 'warning',
        message: `${facts.tiny_segments} segment(s) shorter than 0.1 mm`,
        count: facts.tiny_segments,
      }),
    );
  }
  countProblems(out, facts, ex);
  sizeProblems(out, facts, opts, mm);
  return { problems: out, smallestHole: holes.smallest };
}

function holeProblem(
  code: 'hole-too-small' | 'feature-too-small',
  holes: HoleGroup,
  limit: number,
  scale: number,
  why: string,
): Problem {
  const smallest = holes.smallest;
  return problem({
    code,
    severity: code === 'hole-too-small' ? 'error' : 'warning',
    message: `${holes.count} hole(s) ${why} (smallest ${(smallest * scale).toFixed(2)} mm, limit ${(limit * scale).toFixed(2)} mm)`,
    count: holes.count,
    where: holes.where,
    details: { smallest_mm: smallest * scale, limit_mm: limit * scale },
  });
}

function countProblems(out: Problem[], facts: GeometryFacts, ex: Exploded): void {
  if (ex.textCount > 0) {
    out.push(
      problem({
        code: 'text-not-cut',
        severity: 'warning',
        message: `${ex.textCount} text entit(ies) are not cut: convert them to outlines or they are ignored`,
        count: ex.textCount,
      }),
    );
  }
  if (facts.top_level_loops > 1) {
    out.push(
      problem({
        code: 'several-parts',
        severity: 'warning',
        message: `${facts.top_level_loops} separate outlines: split the file or confirm a nested sheet`,
        count: facts.top_level_loops,
      }),
    );
  }
  if (facts.duplicate_edges > 0) {
    out.push(
      problem({
        code: 'duplicate-lines',
        severity: 'warning',
        message: `${facts.duplicate_edges} duplicate edge(s) would be cut twice; they are removed from the price`,
        count: facts.duplicate_edges,
        details: { duplicate_length: facts.cut_length - facts.cut_length_dedup },
      }),
    );
  }
  const skipped = (prefix: string[]): number =>
    Object.entries(facts.warnings)
      .filter(([k]) => prefix.some((p) => k.startsWith(p)))
      .reduce((s, [, n]) => s + n, 0);
  const nonFinite = skipped(['non_finite']);
  if (nonFinite > 0) {
    out.push(
      problem({
        code: 'non-finite-skipped',
        severity: 'warning',
        message: `${nonFinite} value(s) were not finite numbers (NaN, Infinity) and were skipped or taken as 0`,
        count: nonFinite,
      }),
    );
  }
  const lost = skipped([
    'bad_spline',
    'missing_block',
    'insert_nesting_too_deep',
    'block_inserts_itself',
    'empty_entity',
  ]);
  if (lost > 0) {
    out.push(
      problem({
        code: 'geometry-skipped',
        severity: 'warning',
        message: `${lost} entit(ies) could not be used (undefined or recursive blocks, invalid splines, empty entities)`,
        count: lost,
      }),
    );
  }
}

function sizeProblems(out: Problem[], facts: GeometryFacts, opts: GeometryOptions, mm: number | null): void {
  const size = facts.size;
  if (!size) return;
  const [w, h] = size;
  if (facts.mm_per_unit === null) {
    out.push(
      problem({
        code: 'units-unknown',
        severity: 'warning',
        message: `the file has no units: ${fmt(w)} x ${fmt(h)} read as mm, or ${fmt(w * 25.4)} x ${fmt(h * 25.4)} mm read as inch`,
        count: 1,
        details: { width_if_mm: w, height_if_mm: h, width_mm_if_inch: w * 25.4, height_mm_if_inch: h * 25.4 },
      }),
    );
  } else {
    const big = Math.max(w, h) * facts.mm_per_unit;
    if (big > 20000 || big < 1) {
      out.push(
        problem({
          code: 'units-unknown',
          severity: 'warning',
          message: `a part of ${fmt(big)} mm is implausible for its units (${facts.insunits_name}): check mm or inch`,
          count: 1,
          details: { width_mm: w * facts.mm_per_unit, height_mm: h * facts.mm_per_unit },
        }),
      );
    }
  }
  if (opts.sheetMm) {
    const s = mm ?? 1;
    const [sw, sh] = opts.sheetMm;
    const pw = w * s;
    const ph = h * s;
    if (!((pw <= sw && ph <= sh) || (pw <= sh && ph <= sw))) {
      out.push(
        problem({
          code: 'larger-than-sheet',
          severity: 'error',
          message: `the part (${fmt(pw)} x ${fmt(ph)} mm) does not fit the largest sheet (${sw} x ${sh} mm)`,
          count: 1,
          details: { width_mm: pw, height_mm: ph, sheet_width_mm: sw, sheet_height_mm: sh },
        }),
      );
    }
  }
}

function fmt(v: number): string {
  return Number.isFinite(v) ? String(Math.round(v * 100) / 100) : 'n/a';
}
