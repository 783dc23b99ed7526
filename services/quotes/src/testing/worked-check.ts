import type { CuttingRow, MaterialSpec, PartFacts, PointMm, ShopRates } from '../pricing/types.ts';

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

const thicknesses = [1, 2, 3, 4, 5, 6, 8, 10];
const pierceBandUpper = [2, 3, 5, 8, 12];
const pierce = [0.3, 0.5, 0.8, 1.5, 2.5];

/** The seed cutting table of mild steel (QUOTING.md; pierce bands closed above). */
export const seedMildSteelTable: readonly CuttingRow[] = [
  30000, 6000, 4100, 3600, 3000, 2700, 2200, 1600,
].map((speedMmPerMin, i) => ({
  thicknessMm: thicknesses[i]!,
  speedMmPerMin,
  pierceTimeS: pierce[pierceBandUpper.findIndex((upper) => thicknesses[i]! <= upper)]!,
}));

/** The seed shop rates of QUOTING.md. */
export const seedRates: ShopRates = {
  machineRatePerHour: 90,
  labourRatePerHour: 60,
  setupMinutes: 15,
  utilisation: 0.7,
  margin: 0.25,
  minimumLineCharge: 25,
  rapidTraverseMmPerMin: 50000,
  leadTimeFactors: { standard: 1, express: 1.3, same_day: 2 },
  sheetSizes: [
    { width: 1000, length: 2000 },
    { width: 1250, length: 2500 },
    { width: 1500, length: 3000 },
  ],
};
