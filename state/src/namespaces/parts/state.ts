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
}

/** A fresh parts state. */
export function createPartsState(): PartsState {
  return { byId: {}, busy: {}, errors: {} };
}
