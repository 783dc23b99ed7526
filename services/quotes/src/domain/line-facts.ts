import type { PartFacts, PointMm } from '../pricing/types.ts';
import type { PartSnapshot, Units } from '../ports/records.ts';

/** Millimetres per unit of each units choice. */
export const mmPerUnit: Readonly<Record<Units, number>> = { mm: 1, inch: 25.4 };

/**
 * The part's facts as the line reads them. Without a units choice, the part's own millimetres; with
 * one, the drawing is re-read in those units: lengths scale by chosen / part's mm per unit (1 when the
 * part's units are unknown, its lengths being drawing units read as mm), areas by its square.
 */
export function factsForLine(part: PartSnapshot & { facts: PartFacts }, units: Units | null): PartFacts {
  const k = units === null ? 1 : mmPerUnit[units] / (part.mm_per_unit ?? 1);
  return k === 1 ? part.facts : scaleFacts(part.facts, k);
}

/** Facts of the same drawing with every length multiplied by `k`. */
export function scaleFacts(facts: PartFacts, k: number): PartFacts {
  const point = ([x, y]: PointMm): PointMm => [x * k, y * k];
  return {
    cutLengthMm: facts.cutLengthMm * k,
    pierces: facts.pierces,
    netAreaMm2: facts.netAreaMm2 === null ? null : facts.netAreaMm2 * k * k,
    bboxMm:
      facts.bboxMm === null
        ? null
        : [facts.bboxMm[0] * k, facts.bboxMm[1] * k, facts.bboxMm[2] * k, facts.bboxMm[3] * k],
    smallestHoleMm: facts.smallestHoleMm === null ? null : facts.smallestHoleMm * k,
    rapid:
      'distanceMm' in facts.rapid
        ? { distanceMm: facts.rapid.distanceMm * k }
        : { contourStartsMm: facts.rapid.contourStartsMm.map(point) },
  };
}
