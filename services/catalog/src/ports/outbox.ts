import type { CatalogEvent } from './records.ts';

/** A change to record; the outbox assigns the id. */
export type NewEvent = Omit<CatalogEvent, 'id'>;

/** The ordered change log, written in the transaction of each change. */
export interface Outbox {
  /** Appends an event; ids only grow. */
  append(event: NewEvent): Promise<CatalogEvent>;
  /** Up to `limit` events with an id greater than `after`, in id order. */
  after(after: number, limit: number): Promise<CatalogEvent[]>;
}
