/** One event of a service's outbox feed (the shape every service's `GET /events` returns). */
export interface FeedEvent {
  id: number;
  type: string;
  entity_id: string;
  payload: Record<string, unknown>;
  at: string;
}

/** What a follower needs. */
export interface FeedFollowerOptions {
  /** Reads one page after a cursor; rejects or returns null when the service cannot answer. */
  readPage(after: number): Promise<{ items: FeedEvent[]; next: number } | null>;
  onEvent(event: FeedEvent): void | Promise<void>;
  /** Waiting time between polls when the feed is quiet, in ms. */
  idleMs?: number;
  /** Longest wait after repeated failures, in ms. */
  maxBackoffMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** A running follower. */
export interface FeedFollower {
  stop(): void;
  /** Resolves once the follower has skipped past the events that existed when it started. */
  ready: Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Follows a feed: starts after the latest existing event (history is not replayed to browsers), then
 * polls, waiting for each answer before the next request, backing off while the service is down.
 */
export function followFeed(options: FeedFollowerOptions): FeedFollower {
  const idle = options.idleMs ?? 500;
  const maxBackoff = options.maxBackoffMs ?? 10_000;
  const sleep = options.sleep ?? wait;
  let running = true;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const loop = async () => {
    let cursor = 0;
    let caughtUp = false;
    let backoff = idle;
    while (running) {
      const page = await options.readPage(cursor).catch(() => null);
      if (!page) {
        await sleep(backoff);
        backoff = Math.min(backoff * 2, maxBackoff);
        continue;
      }
      backoff = idle;
      if (caughtUp) for (const event of page.items) await options.onEvent(event);
      cursor = page.next;
      if (page.items.length === 0) {
        if (!caughtUp) markReady();
        caughtUp = true;
        await sleep(idle);
      }
    }
  };
  void loop();
  return { stop: () => void (running = false), ready };
}
