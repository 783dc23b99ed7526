import type { ServiceTokenSource } from '@kerf/service-kit';
import type { UpstreamFetch } from '../routes/forward.ts';
import type { EventHub } from './event-hub.ts';
import { followFeed, type FeedEvent, type FeedFollower } from './feed-follower.ts';

/** The browser's view of a feed event: no payload, only what changed and whose it is. */
export function toBrowserEvent(service: string, event: FeedEvent) {
  const company = event.payload.company_id;
  return {
    id: `${service}:${event.id}`,
    service,
    type: event.type,
    entity_id: event.entity_id,
    company: typeof company === 'string' ? company : null,
    at: event.at,
  };
}

/** Follows the `GET /events` feed of every service given and publishes each change to the hub. */
export function followServiceFeeds(options: {
  services: Record<string, string>;
  tokens: ServiceTokenSource;
  upstream: UpstreamFetch;
  hub: EventHub;
  /** Runs before an event is published, e.g. to update uploads from parts events. */
  beforePublish?: (service: string, event: FeedEvent) => Promise<void>;
}): FeedFollower[] {
  return Object.entries(options.services).map(([service, base]) =>
    followFeed({
      async readPage(after) {
        const token = await options.tokens.token(service);
        const url = new URL(`events?after=${after}&limit=500`, base.endsWith('/') ? base : `${base}/`);
        const response = await options.upstream(url.toString(), {
          headers: { authorization: `Bearer ${token}` },
        });
        if (!response.ok) return null;
        return (await response.json()) as { items: FeedEvent[]; next: number };
      },
      async onEvent(event) {
        await options.beforePublish?.(service, event);
        options.hub.publish(toBrowserEvent(service, event));
      },
    }),
  );
}
