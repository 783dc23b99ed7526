import type { Result } from '@kerf/service-kit';
import { fail, ok } from '@kerf/service-kit';
import type { BlockingProblem, CuttingRow } from './types.ts';

/** Cutting speed and pierce time at one thickness. */
export interface CuttingAt {
  readonly speedMmPerMin: number;
  readonly pierceTimeS: number;
}

/**
 * The cutting speed and pierce time at `thicknessMm`, linearly interpolated between the two nearest
 * rows of the quality's table (an exact row is used as is). Outside the table, or without a table,
 * it refuses with `no-cutting-parameters` rather than extrapolate: a thicker sheet may need another
 * gas or cannot be cut at all.
 */
export function cuttingAt(
  table: readonly CuttingRow[],
  thicknessMm: number,
  quality: string,
): Result<CuttingAt, BlockingProblem> {
  const rows = [...table]
    .filter((row) => isPositive(row.thicknessMm) && isPositive(row.speedMmPerMin) && row.pierceTimeS >= 0)
    .sort((a, b) => a.thicknessMm - b.thicknessMm);
  const lower = rows.findLast((row) => row.thicknessMm <= thicknessMm);
  const upper = rows.find((row) => row.thicknessMm >= thicknessMm);
  if (!lower || !upper) return fail(missing(rows, thicknessMm, quality));
  if (upper.thicknessMm === lower.thicknessMm) {
    return ok({ speedMmPerMin: lower.speedMmPerMin, pierceTimeS: lower.pierceTimeS });
  }
  const t = (thicknessMm - lower.thicknessMm) / (upper.thicknessMm - lower.thicknessMm);
  return ok({
    speedMmPerMin: lower.speedMmPerMin + t * (upper.speedMmPerMin - lower.speedMmPerMin),
    pierceTimeS: lower.pierceTimeS + t * (upper.pierceTimeS - lower.pierceTimeS),
  });
}

function isPositive(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}

function missing(rows: readonly CuttingRow[], thicknessMm: number, quality: string): BlockingProblem {
  const range =
    rows.length === 0
      ? 'the shop has no cutting parameters for it'
      : `the cutting table covers ${rows[0]!.thicknessMm}-${rows.at(-1)!.thicknessMm} mm`;
  return {
    code: 'no-cutting-parameters',
    message: `${quality} cannot be priced at ${thicknessMm} mm: ${range}.`,
  };
}
