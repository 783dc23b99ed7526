import type { Clock } from './clock.ts';

/** What one poll found: news, nothing new, an error, or nothing left to follow (the loop stops). */
export type PollOutcome = 'changed' | 'unchanged' | 'failed' | 'done';

/** Where the loop stands. */
export type PollStatus = 'stopped' | 'waiting' | 'polling';

/** Timing of the loop. */
export interface TimeoutPollOptions {
  clock: Clock;
  /** The delay after a poll that found news. */
  intervalMs: number;
  /** The longest delay while nothing changes (the delay grows by `factor` each quiet poll). */
  idleMaxMs: number;
  /** The longest delay after errors (the delay doubles each failed poll). */
  errorMaxMs: number;
  /** Growth of the delay per quiet poll. */
  factor?: number;
}

/**
 * A poll loop on VueUse's `useTimeoutPoll` model: the next poll is scheduled only once the previous
 * one has answered, so a slow server never sees requests pile up.
 */
export interface TimeoutPoll {
  /** Starts polling with `tick` at once, unless the loop already runs (then it only wakes it up). */
  start(tick: () => Promise<PollOutcome>): void;
  /** Polls now: cancels the wait, or polls again as soon as the answer in flight arrives. */
  wake(): void;
  /** Stops the loop; an answer in flight is still awaited but nothing follows it. */
  stop(): void;
  /** Where the loop stands. */
  status(): PollStatus;
  /** The delay the loop waits (or would wait) before the next poll. */
  delay(): number;
}

/** Creates a poll loop. */
export function createTimeoutPoll(options: TimeoutPollOptions): TimeoutPoll {
  const factor = options.factor ?? 1.5;
  let status: PollStatus = 'stopped';
  let delay = options.intervalMs;
  let tick: (() => Promise<PollOutcome>) | null = null;
  let cancelWait: (() => void) | null = null;
  let again = false;
  let generation = 0;

  // Quiet polls and failed polls back off separately: the first quiet poll after errors waits
  // `intervalMs * factor` again, not the error delay times `factor`.
  let quiet = 0;
  let failures = 0;
  const nextDelay = (outcome: PollOutcome): number => {
    quiet = outcome === 'unchanged' ? quiet + 1 : 0;
    failures = outcome === 'failed' ? failures + 1 : 0;
    if (quiet > 0) return Math.min(options.intervalMs * factor ** quiet, options.idleMaxMs);
    if (failures > 0) return Math.min(options.intervalMs * 2 ** failures, options.errorMaxMs);
    return options.intervalMs;
  };

  const run = async (): Promise<void> => {
    const mine = generation;
    status = 'polling';
    again = false;
    let outcome: PollOutcome;
    try {
      outcome = tick ? await tick() : 'done';
    } catch {
      outcome = 'failed';
    }
    if (mine !== generation) return; // stopped (and maybe restarted) while the answer was on its way
    if (outcome === 'done' && !again) {
      status = 'stopped';
      delay = options.intervalMs;
      quiet = 0;
      failures = 0;
      return;
    }
    delay = nextDelay(outcome === 'done' ? 'changed' : outcome);
    if (again) return void run();
    status = 'waiting';
    cancelWait = options.clock.after(delay, () => {
      cancelWait = null;
      void run();
    });
  };

  const wake = () => {
    if (status === 'polling') again = true;
    else if (status === 'waiting') {
      cancelWait?.();
      cancelWait = null;
      void run();
    }
  };

  return {
    start(next) {
      tick = next;
      if (status !== 'stopped') return wake();
      delay = options.intervalMs;
      quiet = 0;
      failures = 0;
      void run();
    },
    wake,
    stop() {
      generation += 1;
      cancelWait?.();
      cancelWait = null;
      status = 'stopped';
      again = false;
    },
    status: () => status,
    delay: () => delay,
  };
}
