import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDebouncer } from './debouncer.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('debouncer', () => {
  it('runs the last work of a key once, ms after the last request', () => {
    const debouncer = createDebouncer();
    const runs: string[] = [];
    debouncer.debounce('a', 300, () => runs.push('a1'));
    vi.advanceTimersByTime(200);
    debouncer.debounce('a', 300, () => runs.push('a2'));
    vi.advanceTimersByTime(299);
    expect(runs).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual(['a2']);
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual(['a2']);
  });

  it('keeps keys apart and cancels everything on request', () => {
    const debouncer = createDebouncer();
    const runs: string[] = [];
    debouncer.debounce('a', 100, () => runs.push('a'));
    debouncer.debounce('b', 100, () => runs.push('b'));
    vi.advanceTimersByTime(100);
    expect(runs.sort()).toEqual(['a', 'b']);
    debouncer.debounce('a', 100, () => runs.push('late'));
    debouncer.cancelAll();
    vi.advanceTimersByTime(1000);
    expect(runs).toEqual(['a', 'b']);
  });
});
