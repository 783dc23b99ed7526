import { describe, expect, it } from 'vitest';
import { createFakeClock } from '../testing/fake-clock.ts';
import { createCollector, type CollectedEntries } from './collector.ts';

describe('createCollector', () => {
  it('hands over the latest value of every key once per interval', async () => {
    const clock = createFakeClock();
    const collector = createCollector<number>(clock, 250);
    const flushes: CollectedEntries<number>[] = [];
    const flush = (entries: CollectedEntries<number>) => flushes.push(entries);
    for (let i = 1; i <= 100; i += 1) collector.add('a', i, flush);
    collector.add('b', 5, flush);
    collector.add('c', 7, flush);
    collector.discard('c');
    await clock.advance(249);
    expect(flushes).toEqual([]);
    await clock.advance(1);
    expect(flushes).toEqual([
      [
        ['a', 100],
        ['b', 5],
      ],
    ]);
    await clock.advance(1000);
    expect(flushes).toHaveLength(1);
    collector.add('a', 101, flush);
    await clock.advance(250);
    expect(flushes[1]).toEqual([['a', 101]]);
  });
});
