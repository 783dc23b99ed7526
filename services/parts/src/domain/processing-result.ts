import type { GeometryOk } from '@kerf/geometry';
import type { Geometry, ProcessingResult, Units } from '../ports/records.ts';

/** Millimetres per unit of each choice. */
export const mmPerChosenUnit: Record<Units, number> = { mm: 1, inch: 25.4 };

/**
 * The engine's answer as the part shows it: lengths in mm (the units choice wins over the file's
 * units; with neither, drawing units are read as mm), problems as found (but `units-unknown` is
 * settled once the user chose), preview in the same mm.
 *
 * The engine was run with `unitlessMmPerUnit` = the choice, so its preview is already right unless
 * the choice overrides units the file declares: then it is rescaled here.
 */
export function toProcessingResult(result: GeometryOk, unitsChoice: Units | null): ProcessingResult {
  const { facts } = result;
  const chosen = unitsChoice === null ? null : mmPerChosenUnit[unitsChoice];
  const mm = chosen ?? facts.mm_per_unit;
  const scale = mm ?? 1;
  const length = (value: number) => value * scale;
  const area = (value: number | null) => (value === null ? null : value * scale * scale);
  const geometry: Geometry = {
    units: {
      detected: facts.insunits_name,
      file_mm_per_unit: facts.mm_per_unit,
      mm_per_unit: mm,
      source: chosen !== null ? 'choice' : facts.mm_per_unit !== null ? 'file' : null,
    },
    size_mm: facts.size ? [length(facts.size[0]), length(facts.size[1])] : null,
    bbox_mm: facts.bbox
      ? [length(facts.bbox[0]), length(facts.bbox[1]), length(facts.bbox[2]), length(facts.bbox[3])]
      : null,
    cut_length_mm: length(facts.cut_length),
    pierces: facts.pierces,
    holes: facts.holes_in_outer,
    closed_loops: facts.closed_loops,
    open_chains: facts.open_chains,
    top_level_loops: facts.top_level_loops,
    outer_area_mm2: area(facts.outer_area),
    net_area_mm2: area(facts.net_area),
    total_net_area_mm2: area(facts.total_net_area),
    smallest_hole_mm: facts.smallest_hole === null ? null : length(facts.smallest_hole),
    cut_entity_count: facts.cut_entity_count,
    duplicate_edges: facts.duplicate_edges,
    tiny_segments: facts.tiny_segments,
    dxf_version: facts.dxfversion,
    binary: facts.binary,
  };
  const problems = result.problems
    .filter((problem) => chosen === null || problem.code !== 'units-unknown')
    .map((problem) => ({ ...problem, where: problem.where.slice(0, 20) }));
  const engineScale = facts.mm_per_unit ?? chosen ?? 1;
  const factor = scale / engineScale;
  const preview =
    factor === 1
      ? result.preview
      : {
          bbox: result.preview.bbox?.map((value) => value * factor) as
            [number, number, number, number] | null,
          paths: result.preview.paths.map((path) => ({ kind: path.kind, d: scalePathData(path.d, factor) })),
          truncated: result.preview.truncated,
        };
  return { geometry, problems, preview };
}

/** Scales SVG path data made of absolute M, L and Z commands (what the engine writes). */
export function scalePathData(d: string, factor: number): string {
  return d.replace(/-?\d+(\.\d+)?(e[-+]?\d+)?/gi, (number) => format(Number(number) * factor));
}

/** At most 2 decimals, never `-0`. */
function format(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
