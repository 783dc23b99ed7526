/** How long to wait before attempt `attempt + 1`, after `attempt` failed (attempts count from 1). */
export type Backoff = (attempt: number) => number;

/** Doubles from `baseMs` after each failed attempt, up to `maxMs`. */
export function exponentialBackoff(baseMs: number, maxMs: number): Backoff {
  return (attempt) => Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
