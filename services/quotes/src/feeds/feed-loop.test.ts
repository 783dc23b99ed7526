import { createLogger } from '@kerf/service-kit';
import { describe, expect, it } from 'vitest';
import { startFeedLoop } from './feed-loop.ts';

const until = async (check: () => boolean, ms = 2000) => {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((done) => setTimeout(done, 2));
  expect(check()).toBe(true);
};

describe('startFeedLoop', () => {
  it('polls one at a time, again at once after a full page, and keeps going after a failure', async () => {
    const answers: (number | Error)[] = [10, 10, 3, new Error('feed down'), 0];
    const logged: string[] = [];
    let active = 0;
    let overlap = false;
    let calls = 0;
    const loop = startFeedLoop({
      name: 'test',
      pageSize: 10,
      intervalMs: 5,
      logger: createLogger({ write: (line) => logged.push(line) }),
      poll: async () => {
        active += 1;
        overlap ||= active > 1;
        await new Promise((done) => setTimeout(done, 1));
        active -= 1;
        const answer = answers[Math.min(calls++, answers.length - 1)]!;
        if (answer instanceof Error) throw answer;
        return answer;
      },
    });
    await until(() => calls >= 6);
    await loop.stop();
    const stoppedAt = calls;
    await new Promise((done) => setTimeout(done, 30));
    expect(calls).toBe(stoppedAt);
    expect(overlap).toBe(false);
    expect(logged.some((line) => line.includes('feed-poll-failed') && line.includes('feed down'))).toBe(true);
  });
});
