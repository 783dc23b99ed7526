/** The feeds quotes follows. */
export type FeedSource = 'catalog' | 'parts';

/** How far quotes has read each feed it follows; saved in the transaction of what the events changed. */
export interface FeedCursors {
  /** The last event id handled (0 before the first). */
  get(source: FeedSource): Promise<number>;
  /** Moves the cursor forward (a smaller value, from a replica that fell behind, changes nothing). */
  set(source: FeedSource, cursor: number): Promise<void>;
}
