import type { EventLog } from '@kerf/service-kit';
import type { QuoteEvent } from './records.ts';

/** The ordered change log of the quotes service, written in the transaction of each change; ids only grow. */
export type Outbox = EventLog<QuoteEvent>;
