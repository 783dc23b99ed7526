import { describe, expect, it } from 'vitest';
import { createFakeClock, settle } from '../testing/fake-clock.ts';
import { createTimeoutPoll, type PollOutcome } from './timeout-poll.ts';

/** A tick whose answers the test releases one by one. */
function controlledTick() {
  const waiting: ((outcome: PollOutcome) => void)[] = [];
  let calls = 0;
  const tick = () =>
    new Promise<PollOutcome>((resolve) => {
      calls += 1;
      waiting.push(resolve);
    });
  return {
    tick,
    calls: () => calls,
    answer: async (outcome: PollOutcome) => {
      waiting.shift()?.(outcome);
      await settle();
    },
  };
}

const options = { intervalMs: 1000, idleMaxMs: 8000, errorMaxMs: 30000 };

describe('createTimeoutPoll', () => {
  it('polls at once, then only after the answer plus the interval', async () => {
    const clock = createFakeClock();
    const poll = createTimeoutPoll({ clock, ...options });
    const control = controlledTick();
    poll.start(control.tick);
    expect(control.calls()).toBe(1);
    await clock.advance(10_000); // no answer yet: no second request, however long it takes
    expect(control.calls()).toBe(1);
    expect(poll.status()).toBe('polling');
    await control.answer('changed');
    expect(poll.status()).toBe('waiting');
    await clock.advance(999);
    expect(control.calls()).toBe(1);
    await clock.advance(1);
    expect(control.calls()).toBe(2);
  });

  it('backs off while nothing changes and after errors, up to their limits', async () => {
    const clock = createFakeClock();
    const poll = createTimeoutPoll({ clock, ...options });
    const control = controlledTick();
    poll.start(control.tick);
    const delays: number[] = [];
    for (const outcome of [
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ] as const) {
      await control.answer(outcome);
      delays.push(poll.delay());
      await clock.advance(poll.delay());
    }
    expect(delays).toEqual([1500, 2250, 3375, 5062.5, 7593.75, 8000]);
    await control.answer('changed');
    expect(poll.delay()).toBe(1000);
    await clock.advance(1000);
    const errors: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      await control.answer('failed');
      errors.push(poll.delay());
      await clock.advance(poll.delay());
    }
    expect(errors).toEqual([2000, 4000, 8000, 16000, 30000, 30000]);
  });

  it('stops when the tick says done, and a thrown tick counts as a failure', async () => {
    const clock = createFakeClock();
    const poll = createTimeoutPoll({ clock, ...options });
    let calls = 0;
    poll.start(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return 'done';
    });
    await settle();
    expect(poll.status()).toBe('waiting');
    expect(poll.delay()).toBe(2000);
    await clock.advance(2000);
    expect(poll.status()).toBe('stopped');
    await clock.advance(60_000);
    expect(calls).toBe(2);
    expect(clock.pending()).toBe(0);
  });

  it('wakes up at once while waiting, and right after the answer while polling', async () => {
    const clock = createFakeClock();
    const poll = createTimeoutPoll({ clock, ...options });
    const control = controlledTick();
    poll.start(control.tick);
    await control.answer('unchanged');
    poll.wake();
    expect(control.calls()).toBe(2);
    poll.wake(); // in flight: remembered, not a second parallel request
    poll.wake();
    expect(control.calls()).toBe(2);
    await control.answer('done'); // news arrived during the last poll: one more look before stopping
    expect(control.calls()).toBe(3);
    await control.answer('done');
    expect(poll.status()).toBe('stopped');
    poll.wake();
    expect(control.calls()).toBe(3);
  });

  it('start while running only wakes it; stop drops the answer in flight', async () => {
    const clock = createFakeClock();
    const poll = createTimeoutPoll({ clock, ...options });
    const control = controlledTick();
    poll.start(control.tick);
    poll.start(control.tick);
    expect(control.calls()).toBe(1);
    poll.stop();
    await control.answer('changed');
    await clock.advance(5000);
    expect(control.calls()).toBe(1);
    expect(poll.status()).toBe('stopped');
  });
});
