import { describe, expect, it } from 'vitest';
import { nextOrdering, orderingKey, sortOf } from './ordering.ts';

describe('ordering', () => {
  it('reads keys, directions and positions', () => {
    expect(orderingKey('-thickness')).toBe('thickness');
    expect(sortOf(['quality', '-thickness'], 'quality')).toEqual({ direction: 'ascending', position: 1 });
    expect(sortOf(['quality', '-thickness'], 'thickness')).toEqual({ direction: 'descending', position: 2 });
    expect(sortOf(['quality'], 'name')).toBeNull();
  });

  it('a click sorts by the column alone, ascending first', () => {
    expect(nextOrdering([], 'name', false)).toEqual(['name']);
    expect(nextOrdering(['quality', '-thickness'], 'name', false)).toEqual(['name']);
    // A secondary key clicked alone becomes the primary, ascending.
    expect(nextOrdering(['quality', '-thickness'], 'thickness', false)).toEqual(['thickness']);
  });

  it('a click on the primary column toggles its direction', () => {
    expect(nextOrdering(['name'], 'name', false)).toEqual(['-name']);
    expect(nextOrdering(['-name'], 'name', false)).toEqual(['name']);
    expect(nextOrdering(['quality', 'thickness'], 'quality', false)).toEqual(['-quality']);
  });

  it('Shift+click appends a key or toggles it in place', () => {
    expect(nextOrdering(['quality'], 'thickness', true)).toEqual(['quality', 'thickness']);
    expect(nextOrdering(['quality', 'thickness'], 'thickness', true)).toEqual(['quality', '-thickness']);
    expect(nextOrdering(['quality', '-thickness'], 'quality', true)).toEqual(['-quality', '-thickness']);
    expect(nextOrdering([], 'name', true)).toEqual(['name']);
  });
});
