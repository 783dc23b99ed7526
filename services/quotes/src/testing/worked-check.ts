import type { CuttingRow, MaterialSpec, PartFacts, PointMm, ShopRates } from '../pricing/types.ts';
// The catalog's QUOTING.md seed (pure data; the catalog package exports only its app).
import { pierceTimeFor, quotingSeed } from '../../../catalog/src/seed/quoting-seed.ts';

/**
 * The worked check of shared/QUOTING.md as engine input: a 200 x 100 mm plate, four 10 mm holes and
 * a 50 x 30 mm cut-out, in 3 mm mild steel at the seed rates. QUOTING.md does not place the holes;
 * here they sit 10 mm in from each corner and the cut-out in the middle, each contour starting where
 * a CAD program starts it (a circle at angle 0, a rectangle at its lower-left corner).
 */
export const workedPlate = {
  width: 200,
  height: 100,
  holes: [
    { x: 10, y: 10, d: 10 },
    { x: 190, y: 10, d: 10 },
    { x: 190, y: 90, d: 10 },
    { x: 10, y: 90, d: 10 },
  ],
  cutout: { x: 75, y: 35, width: 50, height: 30 },
} as const;

/** The contour starts of {@link workedPlate}: outer, holes, cut-out. */
export const workedStarts: readonly PointMm[] = [
  [0, 0],
  ...workedPlate.holes.map((h): PointMm => [h.x + h.d / 2, h.y]),
  [workedPlate.cutout.x, workedPlate.cutout.y],
];

/** The facts of {@link workedPlate}, from closed forms. */
export const workedFacts: PartFacts = {
  cutLengthMm:
    2 * (workedPlate.width + workedPlate.height) +
    workedPlate.holes.length * Math.PI * 10 +
    2 * (workedPlate.cutout.width + workedPlate.cutout.height),
  pierces: 6,
  netAreaMm2:
    workedPlate.width * workedPlate.height -
    workedPlate.holes.length * Math.PI * 25 -
    workedPlate.cutout.width * workedPlate.cutout.height,
  bboxMm: [0, 0, workedPlate.width, workedPlate.height],
  smallestHoleMm: 10,
  rapid: { contourStartsMm: workedStarts },
};

/** 3 mm mild steel at the seed price. */
export const seedMildSteel3: MaterialSpec = {
  quality: 'mild-steel',
  thicknessMm: 3,
  densityKgPerM3: 7850,
  pricePerKg: 1.2,
};

/** The seed cutting table of mild steel, from the catalog's QUOTING.md seed (pierce bands closed above). */
export const seedMildSteelTable: readonly CuttingRow[] = quotingSeed.thicknesses.map((thicknessMm, i) => ({
  thicknessMm,
  speedMmPerMin: quotingSeed.speeds['mild-steel']![i]!,
  pierceTimeS: pierceTimeFor(quotingSeed, 'mild-steel', thicknessMm),
}));

/** The seed shop rates of QUOTING.md, from the catalog's seed. */
export const seedRates: ShopRates = {
  machineRatePerHour: quotingSeed.rates.machine_rate_per_hour,
  labourRatePerHour: quotingSeed.rates.labour_rate_per_hour,
  setupMinutes: quotingSeed.rates.setup_minutes,
  utilisation: quotingSeed.rates.utilisation,
  margin: quotingSeed.rates.margin,
  minimumLineCharge: quotingSeed.rates.minimum_line_charge,
  rapidTraverseMmPerMin: quotingSeed.rates.rapid_traverse_mm_per_min,
  leadTimeFactors: quotingSeed.rates.lead_time_factors,
  sheetSizes: quotingSeed.rates.sheet_sizes,
};
