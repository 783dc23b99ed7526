import type { Clock } from '../effects/clock.ts';

/** A clock that only moves when a test says so. */
export interface FakeClock extends Clock {
  /** Moves time forward, running every timer that falls due (in order), with promise turns between. */
  advance(ms: number): Promise<void>;
  /** How many timers are waiting. */
  pending(): number;
  /** When the next timer falls due, relative to now; `null` without timers. */
  nextIn(): number | null;
}

/** Lets pending promise callbacks run (several turns, for chains of awaits). */
export async function settle(turns = 20): Promise<void> {
  for (let i = 0; i < turns; i += 1) await Promise.resolve();
}

/** Creates a fake clock starting at `start`. */
export function createFakeClock(start = 0): FakeClock {
  let now = start;
  let nextId = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const due = () =>
    [...timers.entries()].sort((a, b) => a[1].at - b[1].at || a[0] - b[0]).find(([, t]) => t.at <= now);
  return {
    now: () => now,
    after(ms, run) {
      const id = nextId++;
      timers.set(id, { at: now + Math.max(0, ms), run });
      return () => void timers.delete(id);
    },
    async advance(ms) {
      const end = now + ms;
      await settle();
      for (;;) {
        const upcoming = [...timers.values()].filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!upcoming) break;
        now = Math.max(now, upcoming.at);
        const next = due();
        if (!next) break;
        timers.delete(next[0]);
        next[1].run();
        await settle();
      }
      now = end;
      await settle();
    },
    pending: () => timers.size,
    nextIn() {
      const times = [...timers.values()].map((t) => t.at - now);
      return times.length > 0 ? Math.min(...times) : null;
    },
  };
}
