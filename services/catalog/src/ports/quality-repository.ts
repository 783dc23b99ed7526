import type { Quality } from './records.ts';

/** Stored material qualities. */
export interface QualityRepository {
  /** Every quality, ordered by id. */
  list(): Promise<Quality[]>;
  /** The quality, or null. */
  get(id: string): Promise<Quality | null>;
  /** Stores a new quality; `duplicate` when the id exists. */
  insert(quality: Quality): Promise<'ok' | 'duplicate'>;
}
