import type { PartSnapshot } from './records.ts';

/** One change of the parts feed. */
export interface PartChange {
  readonly id: number;
  readonly type: string;
  /** The part id. */
  readonly entity_id: string;
}

/**
 * What quotes reads from the parts service, with its own service token (which sees every company's
 * parts: ownership is checked by the stories). Methods reject when parts cannot be reached.
 */
export interface PartSource {
  /** The parts with these ids that exist (in any order); missing ids are left out. */
  getMany(ids: readonly string[]): Promise<PartSnapshot[]>;
  /** Up to `limit` changes after the cursor, and the cursor to pass next time. */
  changes(after: number, limit: number): Promise<{ items: PartChange[]; next: number }>;
}
