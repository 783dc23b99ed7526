import type { EventLog } from '@kerf/service-kit';
import type { CatalogEvent } from './records.ts';

/** The ordered change log of the catalog, written in the transaction of each change; ids only grow. */
export type Outbox = EventLog<CatalogEvent>;
