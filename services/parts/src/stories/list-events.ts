import type { Principal } from '@kerf/service-kit';
import { story } from '@kerf/service-kit';
import type { Outbox } from '../ports/outbox.ts';
import { mayFollowEvents } from './access.ts';
import { success } from './failure.ts';

/**
 * Reads the change feed after a cursor (shop and service callers: it spans every company).
 * `next` is the last returned id, or `after` when nothing is new, so followers simply pass it back.
 */
export function listEvents(deps: { readonly outbox: Pick<Outbox, 'after'> }) {
  return story<{ actor: Principal; after: number; limit: number }>('listEvents')
    .step('allowed', ({ input }) => mayFollowEvents(input.actor))
    .step('items', async ({ input }) => success(await deps.outbox.after(input.after, input.limit)))
    .returns(({ input, items }) => ({ items, next: items.at(-1)?.id ?? input.after }));
}
