import { describe, expect, it } from 'vitest';
import { envInteger } from './env-integer.ts';

describe('envInteger', () => {
  it('falls back when the variable is unset or empty', () => {
    expect(envInteger({}, 'X_PORT', 8100)).toBe(8100);
    expect(envInteger({ X_PORT: '' }, 'X_PORT', 8100)).toBe(8100);
  });

  it('reads an integer within its bounds, the bounds included', () => {
    expect(envInteger({ X: '0' }, 'X', 5, 0, 10)).toBe(0);
    expect(envInteger({ X: '10' }, 'X', 5, 0, 10)).toBe(10);
    expect(envInteger({ X: '123456' }, 'X', 5)).toBe(123456);
  });

  it('refuses a value that is not an integer or lies outside the bounds, naming the variable', () => {
    expect(() => envInteger({ X: 'abc' }, 'X', 5)).toThrow(
      'X is not an integer in [1, 9007199254740991]: abc',
    );
    expect(() => envInteger({ X: '1.5' }, 'X', 5)).toThrow(/^X is not an integer/);
    expect(() => envInteger({ X: '0' }, 'X', 5)).toThrow('X is not an integer in [1, 9007199254740991]: 0');
    expect(() => envInteger({ X: '11' }, 'X', 5, 0, 10)).toThrow('X is not an integer in [0, 10]: 11');
  });
});
