import type { PartSnapshot } from './records.ts';

/** One change of the parts feed. */
export interface PartChange {
  readonly id: number;
  readonly type: string;
  /** The part id. */
  readonly entity_id: string;
}

/** One contour of a part's preview: SVG path data in mm (y up), `M`, `L` and `Z` commands only. */
export interface PreviewPath {
  /** `outer`: the part's outline; `hole`: a closed inner contour; `open`: a chain that does not close. */
  readonly kind: 'outer' | 'hole' | 'open';
  readonly d: string;
}

/** The outline of a part as the parts service draws it, for documents (never used for prices). */
export interface PartPreview {
  readonly id: string;
  readonly company_id: string;
  /** `[xmin, ymin, xmax, ymax]` in mm; null without geometry. */
  readonly bbox: readonly [number, number, number, number] | null;
  readonly paths: readonly PreviewPath[];
  /** Some contours were left out by the parts service to bound the size. */
  readonly truncated: boolean;
}

/**
 * What quotes reads from the parts service, with its own service token (which sees every company's
 * parts: ownership is checked by the stories). Methods reject when parts cannot be reached.
 */
export interface PartSource {
  /** The parts with these ids that exist (in any order); missing ids are left out. */
  getMany(ids: readonly string[]): Promise<PartSnapshot[]>;
  /** The previews of the parts with these ids that exist and are ready (in any order). */
  previews(ids: readonly string[]): Promise<PartPreview[]>;
  /** Up to `limit` changes after the cursor, and the cursor to pass next time. */
  changes(after: number, limit: number): Promise<{ items: PartChange[]; next: number }>;
}
