import { describe, expect, it } from 'vitest';
import { followFeed, type FeedEvent } from './feed-follower.ts';

const ev = (id: number): FeedEvent => ({
  id,
  type: 'material.updated',
  entity_id: `m${id}`,
  payload: {},
  at: '',
});

describe('followFeed', () => {
  it('skips the history, then delivers new events in order, one request at a time, backing off on failure', async () => {
    const feed = [ev(1), ev(2)];
    let inFlight = 0;
    let maxInFlight = 0;
    let failuresLeft = 0;
    const sleeps: number[] = [];
    const heard: number[] = [];
    const follower = followFeed({
      async readPage(after) {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await Promise.resolve();
        inFlight -= 1;
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          throw new Error('down');
        }
        const items = feed.filter((e) => e.id > after).slice(0, 1);
        return { items, next: items.at(-1)?.id ?? after };
      },
      onEvent: (e) => void heard.push(e.id),
      idleMs: 10,
      sleep: async (ms) => {
        sleeps.push(ms);
        await new Promise((r) => setTimeout(r, 1));
      },
    });
    await follower.ready;
    failuresLeft = 3;
    feed.push(ev(3), ev(4));
    while (heard.length < 2) await new Promise((r) => setTimeout(r, 2));
    follower.stop();
    expect(heard).toEqual([3, 4]);
    expect(maxInFlight).toBe(1);
    expect(sleeps).toEqual(expect.arrayContaining([10, 20, 40]));
  });
});
