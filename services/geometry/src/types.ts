/** Limits and rules of one analysis; every field has a default in `DEFAULT_OPTIONS`. */
export interface GeometryOptions {
  /** Maximum number of entities read from the file (top level plus block definitions). */
  maxEntities: number;
  /** Maximum number of primitives plus block placements after exploding block references. */
  maxPrimitives: number;
  /** Maximum INSERT nesting depth; deeper references are cut with a warning (DEFINITIONS.md: 32). */
  maxNestingDepth: number;
  /** Wall-clock budget in milliseconds; exceeding it gives the error `time-limit`. */
  timeBudgetMs: number;
  /** Material thickness in mm for `hole-too-small`; null skips that check. */
  thicknessMm: number | null;
  /** A hole narrower than `holeFactor * thicknessMm` is too small (1 for steel, 1.5 for stainless). */
  holeFactor: number;
  /** Largest sheet in mm [width, height] for `larger-than-sheet`; null skips that check. */
  sheetMm: [number, number] | null;
  /** How to read a file without units: null follows DEFINITIONS.md (unknown), else the assumed mm per unit. */
  unitlessMmPerUnit: number | null;
  /** Layers whose entities are not cut (exact names); empty follows DEFINITIONS.md (all layers cut). */
  ignoreLayers: string[];
  /** Finest chord tolerance of preview paths in mm. */
  previewTolMm: number;
  /**
   * Pixels across the drawing's larger side up to which the preview stays sharp: curves of a
   * large drawing are flattened at its larger side divided by this when that is coarser than
   * `previewTolMm` (a 2 m sheet needs no 0.05 mm detail on a screen).
   */
  previewResolution: number;
  /** Maximum number of points in all preview paths together; beyond it paths are coarsened. */
  previewMaxPoints: number;
  /** Called with a fraction in [0, 1] as the analysis advances. */
  onProgress: ((fraction: number) => void) | null;
}

/** Codes of errors that stop an analysis. */
export type GeometryErrorCode = 'not-a-dxf' | 'unreadable' | 'too-complex' | 'time-limit';

/** An analysis that could not produce facts. */
export interface GeometryError {
  /** Error code, see `GeometryErrorCode`. */
  code: GeometryErrorCode;
  /** Human-readable reason. */
  message: string;
}

/** Codes of manufacturability problems (QUOTING.md) plus reading notes. */
export type ProblemCode =
  | 'open-contour'
  | 'hole-too-small'
  | 'feature-too-small'
  | 'text-not-cut'
  | 'several-parts'
  | 'duplicate-lines'
  | 'units-unknown'
  | 'larger-than-sheet'
  | 'non-finite-skipped'
  | 'geometry-skipped';

/** One problem shown on the part. Coordinates in `where` are in drawing units. */
export interface Problem {
  /** Problem code. */
  code: ProblemCode;
  /** `error` blocks a quote until the user acts, `warning` asks for attention. */
  severity: 'error' | 'warning';
  /** Human-readable explanation. */
  message: string;
  /** How many occurrences. */
  count: number;
  /** Locations (up to 20 points), drawing units. */
  where: [number, number][];
  /** Extra numbers for the user interface, e.g. sizes read as mm and as inch. */
  details: Record<string, number | null>;
}

/** One contour of the preview: kind and an SVG path `d` string in millimetres (y up). */
export interface PreviewPath {
  /** `outer` (material boundary, even depth), `hole` (odd depth) or `open` (open chain). */
  kind: 'outer' | 'hole' | 'open';
  /** SVG path data in mm, absolute coordinates, at most 2 decimals. */
  d: string;
}

/** Drawing preview in millimetres (drawing units when the file has no units). */
export interface Preview {
  /** [xmin, ymin, xmax, ymax] in mm, null when there is no geometry. */
  bbox: [number, number, number, number] | null;
  /** One path per contour. */
  paths: PreviewPath[];
  /** True when some paths were left out to stay within `previewMaxPoints`. */
  truncated: boolean;
}

/** Facts of a drawing following DEFINITIONS.md; lengths, coordinates and areas in drawing units. */
export interface GeometryFacts {
  binary: boolean;
  dxfversion: string;
  acadver_raw: string | null;
  insunits: number | null;
  insunits_name: string;
  measurement: number | null;
  mm_per_unit: number | null;
  chain_tol: number;
  flat_tol: number;
  entity_counts: Record<string, number>;
  layers_used: number;
  exploded_counts: Record<string, number>;
  ignored_counts: Record<string, number>;
  cut_entity_count: number;
  cut_length: number;
  length_by_type: Record<string, number>;
  length_by_layer: Record<string, number>;
  degenerate_edges: number;
  tiny_segments: number;
  bbox: [number, number, number, number] | null;
  size: [number, number] | null;
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
  /** Smallest hole width (diameter for round holes, slot width otherwise) in drawing units, null if none. */
  smallest_hole: number | null;
  warnings: Record<string, number>;
}

/** Successful analysis: facts, problems and preview. */
export interface GeometryOk {
  /** Facts in drawing units. */
  facts: GeometryFacts;
  /** Manufacturability problems. */
  problems: Problem[];
  /** Drawable contours in mm. */
  preview: Preview;
}

/** Result of `analyseDxf`: never thrown, either facts or an error. */
export type GeometryResult = GeometryOk | { error: GeometryError };
