import type { GeometryResult } from './types.ts';

/** Rounds to 10 significant digits so JSON stays short; keeps integers and null as they are. */
function round(v: unknown): unknown {
  if (typeof v === 'number')
    return Number.isInteger(v) || !Number.isFinite(v) ? v : Number(v.toPrecision(10));
  if (Array.isArray(v)) return v.map(round);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)]));
  return v;
}

/**
 * The one-line record of the command line: `file` plus the DEFINITIONS.md keys in drawing units and
 * the problem list, or `{ file, error }`.
 */
export function toRecord(file: string, result: GeometryResult): Record<string, unknown> {
  if ('error' in result) return { file, error: result.error };
  return { file, ...(round(result.facts) as object), problems: round(result.problems) };
}
