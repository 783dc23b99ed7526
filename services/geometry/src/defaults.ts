import type { GeometryOptions } from './types.ts';

/** Default limits and rules; DEFINITIONS.md behaviour unless an option says otherwise. */
export const DEFAULT_OPTIONS: GeometryOptions = {
  maxEntities: 1_000_000,
  maxPrimitives: 2_000_000,
  maxNestingDepth: 32,
  timeBudgetMs: 20_000,
  thicknessMm: null,
  holeFactor: 1,
  sheetMm: [1500, 3000],
  unitlessMmPerUnit: null,
  ignoreLayers: [],
  previewTolMm: 0.05,
  previewResolution: 4000,
  previewMaxPoints: 200_000,
  onProgress: null,
};
