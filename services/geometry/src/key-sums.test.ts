import { describe, expect, it } from 'vitest';
import { KeySums } from './key-sums.ts';

describe('KeySums', () => {
  it('adds in the order given, per key, like a record updated in place', () => {
    const values: [string, number][] = [
      ['b', 0.1],
      ['b', 0.2],
      ['a', 1e16],
      ['b', 0.3],
      ['7', 1],
      ['a', 1],
      ['a', 1],
    ];
    const sums = new KeySums();
    const plain: Record<string, number> = {};
    for (const [k, v] of values) {
      sums.add(k, v);
      plain[k] = (plain[k] ?? 0) + v;
    }
    const got = sums.record();
    expect(got).toEqual(plain);
    expect(Object.keys(got)).toEqual(Object.keys(plain));
  });

  it('treats inherited property names as plain keys', () => {
    const sums = new KeySums();
    sums.add('constructor', 2);
    sums.add('toString', 3);
    expect(sums.record()).toEqual({ constructor: 2, toString: 3 });
  });
});
