import type { Spline2 } from './spline.ts';

/** Placeholder-free fit-point interpolation lives in `fitPointsToControl`; see below. */
export function fitPointsToControl(
  fit: number[],
  startTangent: [number, number, number] | null,
  endTangent: [number, number, number] | null,
): Spline2 | { error: string } {
  void fit;
  void startTangent;
  void endTangent;
  return { error: 'fit points without control points are not supported yet' };
}
