import type { components } from '@kerf/openapi/parts';

/** A part with its geometry, problems and preview, as the parts service describes it. */
export type Part = components['schemas']['Part'];

/** A part's status and progress, as the progress read gives them. */
export type PartProgress = components['schemas']['PartProgress'];

/** The drawing units a user can choose. */
export type Units = components['schemas']['Units'];

/** A change on a part the user asked for (units, re-processing, deletion) that failed. */
export interface PartActionError {
  /** What was asked: `units`, `reprocess` or `delete`. */
  action: 'units' | 'reprocess' | 'delete';
  code: string;
  message: string;
}

/** The parts namespace's state. */
export interface PartsState {
  /** Parts by id, once loaded. */
  byId: Record<string, Part>;
  /** Parts whose units choice (or re-processing, or deletion) is on its way to the server. */
  busy: Record<string, boolean>;
  /** The last failed change per part. */
  errors: Record<string, PartActionError>;
  /** Ready parts that wait for a units choice, in the order they became ready. */
  needsUnits: string[];
}

/** A fresh parts state. */
export function createPartsState(): PartsState {
  return { byId: {}, busy: {}, errors: {}, needsUnits: [] };
}

/** Whether a part waits for the user to say mm or inch: ready, flagged `units-unknown`, none chosen. */
export function partNeedsUnits(
  part: Pick<Part, 'status' | 'units_choice' | 'problems'> | null | undefined,
): boolean {
  return (
    part?.status === 'ready' &&
    part.units_choice === null &&
    part.problems.some((problem) => problem.code === 'units-unknown')
  );
}

/** Stores a part, keeping the list of parts that wait for units. */
export function storePart(parts: PartsState, part: Part): void {
  parts.byId[part.id] = part;
  const listed = parts.needsUnits.includes(part.id);
  if (partNeedsUnits(part) && !listed) parts.needsUnits.push(part.id);
  if (!partNeedsUnits(part) && listed) parts.needsUnits.splice(parts.needsUnits.indexOf(part.id), 1);
}

/** Forgets a part. */
export function forgetPart(parts: PartsState, id: string): void {
  delete parts.byId[id];
  delete parts.errors[id];
  const at = parts.needsUnits.indexOf(id);
  if (at >= 0) parts.needsUnits.splice(at, 1);
}
