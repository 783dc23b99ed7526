/** Counts failed attempts per key in a sliding window, to slow down password guessing. */
export interface AttemptLimiter {
  /** True when the key has used up its attempts for now. */
  blocked(key: string, now: number): boolean;
  /** Records one failed attempt. */
  fail(key: string, now: number): void;
  /** Forgets a key after a success. */
  reset(key: string): void;
}

/** An in-memory limiter: at most `max` failures per `windowMs` per key. */
export function createAttemptLimiter(max: number, windowMs: number): AttemptLimiter {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => (failures.get(key) ?? []).filter((t) => now - t < windowMs);
  return {
    blocked: (key, now) => recent(key, now).length >= max,
    fail(key, now) {
      const list = recent(key, now);
      list.push(now);
      failures.set(key, list);
      if (failures.size > 10_000) failures.delete(failures.keys().next().value as string);
    },
    reset: (key) => void failures.delete(key),
  };
}
