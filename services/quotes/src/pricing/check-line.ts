import type { BlockingProblem, MaterialSpec, PartFacts, SheetSize } from './types.ts';

/** QUOTING.md: a hole narrower than the thickness cannot be cut; for stainless, 1.5 x the thickness. */
export const defaultHoleFactors: Readonly<Record<string, number>> = { stainless: 1.5 };

/** The largest quantity the engine accepts; routes apply a lower, configured maximum. */
export const engineMaxQuantity = 10_000_000;

/** What the checks read besides the part and material. */
export interface LineCheckInput {
  readonly part: PartFacts;
  readonly material: MaterialSpec;
  readonly quantity: number;
  readonly sheetSizes: readonly SheetSize[];
  readonly holeFactors: Readonly<Record<string, number>>;
}

/**
 * Everything that stops a line from being priced, found before any arithmetic: a quantity that is not
 * a positive whole number, facts that are not finite numbers (never a NaN in a price), nothing to cut,
 * no net area to weigh, a hole too small for the thickness, a part larger than every sheet.
 */
export function checkLine(input: LineCheckInput): BlockingProblem[] {
  const problems: BlockingProblem[] = [];
  const { part, material, quantity } = input;
  if (!Number.isSafeInteger(quantity) || quantity < 1 || quantity > engineMaxQuantity) {
    problems.push({ code: 'invalid-quantity', message: `The quantity must be a whole number from 1.` });
  }
  if (!factsAreFinite(part) || !(material.thicknessMm > 0) || !(material.densityKgPerM3 > 0)) {
    return [
      ...problems,
      { code: 'invalid-part-facts', message: 'The part or material has invalid numbers.' },
    ];
  }
  if (part.cutLengthMm <= 0 || part.pierces < 1) {
    problems.push({ code: 'nothing-to-cut', message: 'The drawing has no contour to cut.' });
  }
  if (part.netAreaMm2 === null || part.netAreaMm2 <= 0) {
    problems.push({
      code: 'no-net-area',
      message: 'The part has no closed outer contour, so its material cannot be priced.',
    });
  }
  const factor = input.holeFactors[material.quality] ?? 1;
  if (part.smallestHoleMm !== null && part.smallestHoleMm < factor * material.thicknessMm) {
    problems.push({
      code: 'hole-too-small',
      message: `A hole of ${round2(part.smallestHoleMm)} mm is narrower than ${round2(factor * material.thicknessMm)} mm, the smallest hole ${material.thicknessMm} mm ${material.quality} can have.`,
    });
  }
  if (part.bboxMm !== null && input.sheetSizes.length > 0 && !fitsASheet(part.bboxMm, input.sheetSizes)) {
    const [xmin, ymin, xmax, ymax] = part.bboxMm;
    problems.push({
      code: 'larger-than-sheet',
      message: `The part (${round2(xmax - xmin)} x ${round2(ymax - ymin)} mm) does not fit the largest sheet.`,
    });
  }
  return problems;
}

function fitsASheet(bbox: readonly [number, number, number, number], sheets: readonly SheetSize[]): boolean {
  const w = bbox[2] - bbox[0];
  const h = bbox[3] - bbox[1];
  return sheets.some((s) => (w <= s.width && h <= s.length) || (w <= s.length && h <= s.width));
}

function factsAreFinite(part: PartFacts): boolean {
  const numbers = [
    part.cutLengthMm,
    part.pierces,
    part.netAreaMm2 ?? 0,
    part.smallestHoleMm ?? 0,
    ...(part.bboxMm ?? []),
    ...('distanceMm' in part.rapid ? [part.rapid.distanceMm] : part.rapid.contourStartsMm.flat()),
  ];
  const rapidOk = 'distanceMm' in part.rapid ? part.rapid.distanceMm >= 0 : true;
  return numbers.every(Number.isFinite) && part.cutLengthMm >= 0 && part.pierces >= 0 && rapidOk;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
