import type { Principal } from '../jwt/principal.ts';
import type { Result } from '../result/result.ts';
import { ok } from '../result/result.ts';
import { story } from '../result/story.ts';
import type { EventLog, OutboxEvent } from './sqlite-outbox.ts';

/** What a feed read asks for: the caller, the cursor and the page size. */
export interface FeedRequest {
  readonly actor: Principal;
  readonly after: number;
  readonly limit: number;
}

/** A page of the change feed: `next` is the cursor to pass as `after` next time. */
export interface FeedPage<E> {
  readonly items: E[];
  readonly next: number;
}

/**
 * The `listEvents` story: refuses callers `allowed` refuses, else reads the feed after the cursor.
 * `next` is the last returned id, or `after` when nothing is new, so followers simply pass it back.
 */
export function listEventsStory<E extends OutboxEvent, F>(
  outbox: Pick<EventLog<E>, 'after'>,
  allowed: (actor: Principal) => Result<unknown, F>,
): (request: FeedRequest) => Promise<Result<FeedPage<E>, F>> {
  return story<FeedRequest>('listEvents')
    .step('allowed', ({ input }) => allowed(input.actor))
    .step('items', async ({ input }) => ok(await outbox.after(input.after, input.limit)))
    .returns(({ input, items }) => ({ items, next: items.at(-1)?.id ?? input.after }));
}
