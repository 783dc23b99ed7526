import { describe, expect, it } from 'vitest';
import { arcAngleSpanDeg, arcAngleSpanRad } from './angle-span.ts';

describe('arc angle spans (ezdxf conventions)', () => {
  it('gives 0 for equal angles and a full circle for angles equal modulo 360', () => {
    expect(arcAngleSpanDeg(30, 30)).toBe(0);
    expect(arcAngleSpanDeg(0, 360)).toBe(360);
    expect(arcAngleSpanDeg(180, -180)).toBe(360);
    expect(arcAngleSpanDeg(350, 10)).toBeCloseTo(20, 12);
    expect(arcAngleSpanDeg(-90, 90)).toBe(180);
    expect(arcAngleSpanRad(0, 2 * Math.PI)).toBeCloseTo(2 * Math.PI, 15);
    expect(arcAngleSpanRad(1, 1)).toBe(0);
  });
});
