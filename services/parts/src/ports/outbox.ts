import type { EventType, PartEvent, PartRecord } from './records.ts';

/** A change to record; the outbox assigns the id and the payload is derived from the part. */
export interface NewEvent {
  readonly type: EventType;
  /** The part after the change. */
  readonly part: PartRecord;
  readonly at: Date;
}

/** The ordered change log, written in the transaction of each change. */
export interface Outbox {
  /** Appends an event about a part; ids only grow. */
  append(event: NewEvent): Promise<PartEvent>;
  /** Up to `limit` events with an id greater than `after`, in id order. */
  after(after: number, limit: number): Promise<PartEvent[]>;
}
