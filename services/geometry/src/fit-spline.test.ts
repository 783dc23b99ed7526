import { describe, expect, it } from 'vitest';
import { fitPointsToControl } from './fit-spline.ts';

describe('fitPointsToControl', () => {
  it('reproduces ezdxf 0.18 fit_points_to_cad_cv control points and knots', () => {
    // Reference values printed by ezdxf.math.fit_points_to_cad_cv for these five fit points.
    const r = fitPointsToControl([0, 0, 0, 10, 5, 0, 20, -3, 0, 30, 8, 0, 45, 0, 0], null, null);
    if ('error' in r) throw new Error(r.error);
    const want = [
      [0, 0],
      [2.445433687, 2.81224874],
      [11.184834084, 9.716373717],
      [20.923640947, -10.774563893],
      [29.050890261, 16.079092395],
      [40.993061573, 4.006938427],
      [45, 0],
    ];
    want.forEach(([x, y], i) => {
      expect(r.xs[i]).toBeCloseTo(x as number, 8);
      expect(r.ys[i]).toBeCloseTo(y as number, 8);
    });
    expect(Array.from(r.knots)).toEqual(
      [0, 0, 0, 0, 0.20017561323077354, 0.42946190214835994, 0.6956277305372331, 1, 1, 1, 1].map((k) =>
        expect.closeTo(k, 12),
      ),
    );
  });

  it('fails like ezdxf on collinear points without tangents and on a single point', () => {
    expect(fitPointsToControl([0, 0, 0, 1, 0, 0, 2, 0, 0], null, null)).toEqual({
      error: 'float division by zero',
    });
    expect(fitPointsToControl([0, 0, 0], null, null)).toHaveProperty('error');
  });

  it('interpolates collinear points when end tangents are given: a straight spline', () => {
    const r = fitPointsToControl([0, 0, 0, 1, 0, 0, 3, 0, 0], [1, 0, 0], [1, 0, 0]);
    if ('error' in r) throw new Error(r.error);
    expect(Array.from(r.ys).every((y) => Math.abs(y) < 1e-12)).toBe(true);
    expect(r.xs[0]).toBe(0);
    expect(r.xs[r.xs.length - 1]).toBeCloseTo(3, 12);
  });
});
