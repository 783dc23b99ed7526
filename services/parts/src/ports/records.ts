import type { components } from '@kerf/openapi/parts';

type Schemas = components['schemas'];

/** Where a part is in its processing. */
export type PartStatus = Schemas['PartStatus'];
/** Millimetres or inches, as chosen by the user. */
export type Units = Schemas['Units'];
/** Why a part failed: a stable code and a message. */
export type PartError = Schemas['PartError'];
/** The stable codes of {@link PartError}. */
export type PartErrorCode = Schemas['PartErrorCode'];
/** Facts of the drawing in mm, as the contract shows them. */
export type Geometry = Schemas['Geometry'];
/** A manufacturability problem of the drawing. */
export type PartProblem = Schemas['PartProblem'];
/** Contours as SVG path data in mm. */
export type Preview = Schemas['Preview'];
/** A part as the contract shows it. */
export type Part = Schemas['Part'];
/** One row of the batch progress read. */
export type PartProgress = Schemas['PartProgress'];
/** The kinds of change the event feed reports. */
export type EventType = Schemas['EventType'];
/** What every event says about its part. */
export type EventPayload = Schemas['EventPayload'];
/** One event of the feed. */
export type PartEvent = Schemas['Event'];

/** A stored part: the contract's shape plus where its bytes are. */
export interface PartRecord extends Part {
  /** The blob key of the bytes (never shown: it is a capability). */
  readonly blob_key: string;
}

/** What a processing run produced, written once per part, revision and SHA-256. */
export interface ProcessingResult {
  readonly geometry: Geometry;
  readonly problems: PartProblem[];
  readonly preview: Preview;
}
