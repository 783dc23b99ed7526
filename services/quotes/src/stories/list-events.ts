import type { Principal, Result } from '@kerf/service-kit';
import { listEventsStory } from '@kerf/service-kit';
import type { Outbox } from '../ports/outbox.ts';
import type { QuotesFailure } from './failure.ts';
import { refuse, success } from './failure.ts';

/** The shop and Kerf's services follow the feed; customers get their changes through the BFF. */
function mayFollow(actor: Principal): Result<Principal, QuotesFailure> {
  if (actor.role === 'external') return refuse('forbidden', 'forbidden', 'Only the shop may read the feed.');
  return success(actor);
}

/**
 * Reads the change feed after a cursor. `next` is the last returned id, or `after` when nothing is
 * new, so followers simply pass it back.
 */
export function listEvents(deps: { readonly outbox: Pick<Outbox, 'after'> }) {
  return listEventsStory(deps.outbox, mayFollow);
}
