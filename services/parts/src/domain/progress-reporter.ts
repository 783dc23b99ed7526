/** Turns a stream of engine fractions into a few writes. */
export interface ProgressReporter {
  /** Takes a fraction in [0, 1]; writes it when the interval has passed and no write is running. */
  report(fraction: number): void;
  /** Resolves once the write in flight, if any, has ended. */
  flush(): Promise<void>;
}

/** What a reporter needs: where to write, how often at most, and a clock in ms. */
export interface ProgressReporterOptions {
  readonly write: (progress: number) => Promise<void>;
  readonly intervalMs: number;
  readonly now: () => number;
  /** Progress shown while processing never reaches 1 (that is "ready"); 0.99 by default. */
  readonly ceiling?: number;
}

/**
 * Throttles progress writes: at most one per interval, one at a time, only when the value went up.
 * The repository keeps the stored value monotonic anyway; this keeps the database and the event feed
 * quiet (most files finish before the first interval ends and write no progress at all).
 */
export function createProgressReporter(options: ProgressReporterOptions): ProgressReporter {
  const ceiling = options.ceiling ?? 0.99;
  const started = options.now();
  let writtenAt = started;
  let written = 0;
  let inFlight: Promise<void> | null = null;
  return {
    report(fraction) {
      const value = Math.round(Math.min(ceiling, Math.max(0, fraction)) * 1000) / 1000;
      const now = options.now();
      if (inFlight || value <= written || now - writtenAt < options.intervalMs) return;
      written = value;
      writtenAt = now;
      // Progress is best effort: a failed write is the writer's to log, the next report tries again.
      inFlight = options
        .write(value)
        .catch(() => undefined)
        .finally(() => (inFlight = null));
    },
    async flush() {
      await inFlight;
    },
  };
}
