import fc from 'fast-check';
import { evalSpline, splineBreaks, type CurvePoint, type Spline2 } from '../src/spline.ts';

/**
 * Random planar splines for property tests: degree `minDegree..maxDegree`, rational or not, knots
 * clamped or not, with interior knots repeated up to degree + 1 times (a jump in the curve then).
 */
export function splineArb(minDegree: number, maxDegree: number): fc.Arbitrary<Spline2> {
  return fc
    .record({
      degree: fc.integer({ min: minDegree, max: maxDegree }),
      extra: fc.integer({ min: 0, max: 8 }),
      rational: fc.boolean(),
      clamped: fc.boolean(),
      repeat: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 8, maxLength: 8 }),
      gaps: fc.array(fc.double({ min: 0.05, max: 3, noNaN: true }), { minLength: 24, maxLength: 24 }),
      offset: fc.double({ min: -1000, max: 1000, noNaN: true }),
      xs: fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 24, maxLength: 24 }),
      ys: fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 24, maxLength: 24 }),
      ws: fc.array(fc.double({ min: 0.2, max: 5, noNaN: true }), { minLength: 24, maxLength: 24 }),
    })
    .map((r): Spline2 => {
      const p = r.degree;
      const inner: number[] = [];
      let t = r.offset;
      for (let i = 0; i < r.extra && inner.length < r.extra; i++) {
        t += r.gaps[i]!;
        const mult = Math.min(r.repeat[i]!, p + 1, r.extra - inner.length);
        for (let k = 0; k < mult; k++) inner.push(t);
      }
      const end = t + r.gaps[20]!;
      const knots = r.clamped
        ? [...Array<number>(p + 1).fill(r.offset), ...inner, ...Array<number>(p + 1).fill(end)]
        : [
            ...Array.from({ length: p + 1 }, (_, i) => r.offset - (p - i) * r.gaps[21]!),
            ...inner,
            ...Array.from({ length: p + 1 }, (_, i) => end + i * r.gaps[22]!),
          ];
      const n = knots.length - p - 1;
      return {
        degree: p,
        knots: Float64Array.from(knots),
        xs: Float64Array.from({ length: n }, (_, i) => r.xs[i % 24]! + 10 * i),
        ys: Float64Array.from({ length: n }, (_, i) => r.ys[i % 24]!),
        ws: r.rational ? Float64Array.from({ length: n }, (_, i) => r.ws[i % 24]!) : null,
        poly: null,
      };
    });
}

/** Largest absolute control coordinate (the scale of rounding errors). */
export function ctrlScale(s: Spline2): number {
  let m = 1;
  for (let i = 0; i < s.xs.length; i++) m = Math.max(m, Math.abs(s.xs[i]!), Math.abs(s.ys[i]!));
  return m;
}

const pt: CurvePoint = { x: 0, y: 0, dx: 0, dy: 0 };

/**
 * The flattening rule of DEFINITIONS.md written plainly on the basis recurrence in the raw
 * parameter (the code before per-span polynomials): start point, then every knot interval in 4
 * pieces, each halved until its mid-point lies within `tol` of its chord or depth 16.
 */
export function referenceFlattening(s: Spline2, tol: number): number[] {
  const at = (t: number): [number, number] => (evalSpline(s, t, pt), [pt.x, pt.y]);
  const br = splineBreaks(s);
  const out: number[] = [...at(br[0]!)];
  const piece = (a: number, b: number, pa: [number, number], pb: [number, number], depth: number): void => {
    if (depth < 16) {
      const m = at((a + b) / 2);
      const dx = pb[0] - pa[0];
      const dy = pb[1] - pa[1];
      const len = Math.hypot(dx, dy);
      const ex = m[0] - pa[0];
      const ey = m[1] - pa[1];
      const dist = len === 0 ? Math.hypot(ex, ey) : Math.abs(ex * dy - ey * dx) / len;
      if (dist > tol) {
        piece(a, (a + b) / 2, pa, m, depth + 1);
        piece((a + b) / 2, b, m, pb, depth + 1);
        return;
      }
    }
    out.push(pb[0], pb[1]);
  };
  for (let i = 0; i + 1 < br.length; i++) {
    const lo = br[i]!;
    const hi = br[i + 1]!;
    let prev = at(lo);
    for (let k = 1; k <= 4; k++) {
      const t = lo + ((hi - lo) * k) / 4;
      const p = at(t);
      piece(lo + ((hi - lo) * (k - 1)) / 4, t, prev, p, 0);
      prev = p;
    }
  }
  return out;
}
