import type { QuoteEvent } from './records.ts';

/** A change to record; the outbox assigns the id. */
export type NewEvent = Omit<QuoteEvent, 'id'>;

/** The ordered change log, written in the transaction of each change. */
export interface Outbox {
  /** Appends an event; ids only grow. */
  append(event: NewEvent): Promise<QuoteEvent>;
  /** Up to `limit` events with an id greater than `after`, in id order. */
  after(after: number, limit: number): Promise<QuoteEvent[]>;
}
