import type { components } from '@kerf/openapi/parts';
import { nearestNeighbourTour } from '../../pricing/rapid-distance.ts';
import type { PartFacts, PointMm, RapidSource } from '../../pricing/types.ts';
import type { PartSnapshot } from '../../ports/records.ts';

type ContractPart = components['schemas']['Part'];

/**
 * What quotes reads of a part of the parts contract; openapi-fetch hands tuples over as arrays, so
 * boxes are plain number arrays here.
 */
export interface PartAnswer extends Pick<
  ContractPart,
  'id' | 'company_id' | 'original_name' | 'status' | 'revision' | 'error'
> {
  readonly problems: readonly Omit<components['schemas']['PartProblem'], 'where'>[];
  readonly geometry: PartGeometry | null;
  readonly preview: { readonly paths: readonly { readonly d: string }[]; readonly truncated: boolean } | null;
}

type PartGeometry = Pick<
  NonNullable<ContractPart['geometry']>,
  'units' | 'cut_length_mm' | 'pierces' | 'net_area_mm2' | 'smallest_hole_mm'
> & { readonly bbox_mm: readonly number[] | null };

/**
 * A part of the parts service as quotes prices it. Two facts the parts contract does not state
 * directly are derived here:
 * - the cut length without duplicate edges: `cut_length_mm` minus the `duplicate_length` the
 *   `duplicate-lines` problem reports (in drawing units, so times the part's mm per unit);
 * - the contour starts for the rapid traverse: the first point of each preview path (one path per
 *   contour, in mm). When the preview was truncated, the tour over the contours it shows is scaled by
 *   pierces / shown contours.
 */
export function partSnapshotOf(part: PartAnswer): PartSnapshot {
  const geometry = part.geometry;
  const facts: PartFacts | null =
    part.status === 'ready' && geometry
      ? {
          cutLengthMm: Math.max(0, geometry.cut_length_mm - duplicateLengthMm(part)),
          pierces: geometry.pierces,
          netAreaMm2: geometry.net_area_mm2,
          bboxMm: boxOf(geometry.bbox_mm),
          smallestHoleMm: geometry.smallest_hole_mm,
          rapid: rapidOf(part.preview, geometry.pierces),
        }
      : null;
  return {
    id: part.id,
    company_id: part.company_id,
    name: part.original_name,
    status: part.status,
    revision: part.revision,
    error: part.error,
    problems: part.problems.map(({ code, severity, message }) => ({ code, severity, message })),
    facts,
    mm_per_unit: geometry?.units.mm_per_unit ?? null,
  };
}

function boxOf(box: readonly number[] | null): readonly [number, number, number, number] | null {
  return box && box.length === 4 ? [box[0]!, box[1]!, box[2]!, box[3]!] : null;
}

function duplicateLengthMm(part: PartAnswer): number {
  const duplicates = part.problems.find((problem) => problem.code === 'duplicate-lines');
  const length = duplicates?.details.duplicate_length;
  return typeof length === 'number' && Number.isFinite(length)
    ? length * (part.geometry?.units.mm_per_unit ?? 1)
    : 0;
}

const firstPoint = /^\s*M\s*(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)[\s,]+(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)/i;

function rapidOf(preview: PartAnswer['preview'], pierces: number): RapidSource {
  const starts = (preview?.paths ?? []).flatMap((path): PointMm[] => {
    const match = firstPoint.exec(path.d);
    return match ? [[Number(match[1]), Number(match[2])]] : [];
  });
  if (!preview?.truncated || starts.length === 0) return { contourStartsMm: starts };
  return { distanceMm: nearestNeighbourTour(starts) * Math.max(1, pierces / starts.length) };
}
