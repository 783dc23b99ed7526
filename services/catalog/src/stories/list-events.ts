import { listEventsStory } from '@kerf/service-kit';
import type { Outbox } from '../ports/outbox.ts';
import { mayReadCatalog } from './policy.ts';

/**
 * Reads the change feed after a cursor (shop and service callers only: payloads carry prices).
 * `next` is the last returned id, or `after` when nothing is new, so followers simply pass it back.
 */
export function listEvents(deps: { readonly outbox: Pick<Outbox, 'after'> }) {
  return listEventsStory(deps.outbox, mayReadCatalog);
}
