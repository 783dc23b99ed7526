import { describe, expect, it } from 'vitest';
import { parsePreviewPath } from './part-preview.ts';

describe('preview path data', () => {
  it('reads absolute M, L and Z commands into polylines', () => {
    expect(parsePreviewPath('M0 0L200 0L200 100L0 100Z')).toEqual([
      {
        points: [
          [0, 0],
          [200, 0],
          [200, 100],
          [0, 100],
        ],
        closed: true,
      },
    ]);
    expect(parsePreviewPath('M-1.5,2 L 3e1 .5 M1 1L2 2 ')).toEqual([
      {
        points: [
          [-1.5, 2],
          [30, 0.5],
        ],
        closed: false,
      },
      {
        points: [
          [1, 1],
          [2, 2],
        ],
        closed: false,
      },
    ]);
    expect(parsePreviewPath('M0 0 10 0 10 10Z')?.[0]?.points).toHaveLength(3);
    expect(parsePreviewPath('')).toEqual([]);
  });

  it('refuses anything else rather than guessing', () => {
    for (const d of [
      'm0 0l1 1',
      'M0 0C1 1 2 2 3 3',
      'M0 0L1',
      'L1 1',
      'Z',
      'M0 0L1 1 x',
      'M0 0L1e999 1',
      'M0 0;L1 1',
    ]) {
      expect(parsePreviewPath(d), d).toBeNull();
    }
  });
});
