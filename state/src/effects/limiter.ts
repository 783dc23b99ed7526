/** Runs async work with at most `max` pieces in flight; the rest wait their turn, first come first served. */
export interface Limiter {
  run<T>(work: () => Promise<T>): Promise<T>;
}

/** A limiter of `max` slots. */
export function createLimiter(max: number): Limiter {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return {
    async run(work) {
      if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
      running += 1;
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
}
