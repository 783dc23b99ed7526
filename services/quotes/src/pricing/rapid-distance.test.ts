import { describe, expect, it } from 'vitest';
import { workedStarts } from '../testing/worked-check.ts';
import { nearestNeighbourTour, rapidDistance } from './rapid-distance.ts';

describe('rapidDistance', () => {
  it('is zero for no contour or a single one', () => {
    expect(nearestNeighbourTour([])).toBe(0);
    expect(nearestNeighbourTour([[5, 5]])).toBe(0);
  });

  it('takes a measured distance as given', () => {
    expect(rapidDistance({ distanceMm: 123.4 })).toBe(123.4);
  });

  it('starts at the lower-left and always moves to the nearest unvisited start', () => {
    // From (0,0): (1,0) then (1,5) [5 < hypot(9,0)=9]... then (10,0).
    const tour = nearestNeighbourTour([
      [10, 0],
      [1, 5],
      [0, 0],
      [1, 0],
    ]);
    expect(tour).toBeCloseTo(1 + 5 + Math.hypot(9, 5), 12);
  });

  it('does not depend on the order the starts come in', () => {
    const reversed = [...workedStarts].reverse();
    expect(nearestNeighbourTour(reversed)).toBeCloseTo(nearestNeighbourTour(workedStarts), 12);
  });

  it('walks the worked-check plate in 424.4 mm', () => {
    // (0,0) -> (15,10) -> (75,35) -> (15,90) -> (195,90) -> (195,10)
    const expected = Math.hypot(15, 10) + 65 + Math.hypot(60, 55) + 180 + 80;
    expect(rapidDistance({ contourStartsMm: workedStarts })).toBeCloseTo(expected, 9);
    expect(expected).toBeCloseTo(424.42, 2);
  });
});
