import type { Clock } from '../../effects/clock.ts';

/** Progress reports waiting to be applied: the latest value per row. */
export type ProgressEntries = [id: string, value: number][];

/**
 * Collects progress reports and hands them over in one batch at most every `intervalMs`, so a
 * thousand uploads cost one state change per interval, and each row at most `1000 / intervalMs`.
 */
export interface ProgressBuffer {
  /** Records the latest value of a row; `flush` receives every row's latest value when the interval ends. */
  report(id: string, value: number, flush: (entries: ProgressEntries) => void): void;
  /** Forgets a row's waiting report (the row finished or went away). */
  discard(id: string): void;
}

/** Creates a progress buffer on a clock. */
export function createProgressBuffer(clock: Clock, intervalMs = 250): ProgressBuffer {
  const pending = new Map<string, number>();
  let scheduled = false;
  return {
    report(id, value, flush) {
      pending.set(id, value);
      if (scheduled) return;
      scheduled = true;
      clock.after(intervalMs, () => {
        scheduled = false;
        const entries = [...pending.entries()];
        pending.clear();
        if (entries.length > 0) flush(entries);
      });
    },
    discard(id) {
      pending.delete(id);
    },
  };
}
