import type { Clock } from './clock.ts';

/** Values waiting to be handed over: the latest value per key. */
export type CollectedEntries<T> = [key: string, value: T][];

/**
 * Collects values by key and hands them over in one batch `intervalMs` after the first one, so a
 * thousand uploads reporting progress cost one state change per interval (and each row at most
 * `1000 / intervalMs` changes a second), and a burst of part loads becomes one request.
 */
export interface Collector<T> {
  /** Records the latest value of `key`; `flush` receives every key's latest value when the interval ends. */
  add(key: string, value: T, flush: (entries: CollectedEntries<T>) => void): void;
  /** Forgets a key's waiting value. */
  discard(key: string): void;
}

/** Creates a collector on a clock. */
export function createCollector<T>(clock: Clock, intervalMs: number): Collector<T> {
  const pending = new Map<string, T>();
  let scheduled = false;
  return {
    add(key, value, flush) {
      pending.set(key, value);
      if (scheduled) return;
      scheduled = true;
      clock.after(intervalMs, () => {
        scheduled = false;
        const entries = [...pending.entries()];
        pending.clear();
        if (entries.length > 0) flush(entries);
      });
    },
    discard(key) {
      pending.delete(key);
    },
  };
}
