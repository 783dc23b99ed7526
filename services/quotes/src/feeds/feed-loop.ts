import type { Logger } from '@kerf/service-kit';

/** A running poll loop. */
export interface FeedLoop {
  /** Stops polling and waits for a poll in progress to end. */
  stop(): Promise<void>;
}

/** How one feed is polled. */
export interface FeedLoopOptions {
  readonly name: string;
  /** Reads and handles one page; resolves to the number of events read (a full page polls again at once). */
  readonly poll: () => Promise<number>;
  /** A full page: poll again without waiting. */
  readonly pageSize: number;
  readonly intervalMs: number;
  readonly logger: Logger;
}

/**
 * Polls a feed: one poll at a time, the next one `intervalMs` after the last ended (at once after a
 * full page), and after a failure waits twice as long each time, up to 30 s.
 */
export function startFeedLoop(options: FeedLoopOptions): FeedLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let failures = 0;
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(() => (running = null));
    }, delay);
  };
  const tick = async () => {
    try {
      const events = await options.poll();
      failures = 0;
      schedule(events >= options.pageSize ? 0 : options.intervalMs);
    } catch (error) {
      failures += 1;
      options.logger.warn('feed-poll-failed', { feed: options.name, failures, error });
      schedule(Math.min(30_000, options.intervalMs * 2 ** failures));
    }
  };
  schedule(0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
