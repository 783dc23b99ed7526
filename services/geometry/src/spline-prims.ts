import type { SplineEntity } from './dxf-entities.ts';
import { f64 } from './arena.ts';
import { fitPointsToControl } from './fit-spline.ts';
import type { SplinePrim } from './primitives.ts';
import { openUniformKnots, splineDomain, splineProblem, type Spline2 } from './spline.ts';

/** A spline converted to a primitive, or a reason it could not be. */
export type SplineResult = { prim: SplinePrim; fromFit: boolean } | { error: string };

/** SPLINE as one spline primitive (control points projected onto XY); fit-point-only splines are interpolated. */
export function splinePrims(e: SplineEntity): SplineResult {
  const nCtrl = e.xs.length;
  if (nCtrl === 0) {
    const fit = fitPointsToControl(e.fit, e.startTangent, e.endTangent);
    if ('error' in fit) return fit;
    return { prim: toPrim(fit), fromFit: true };
  }
  const knots = e.knots.length === 0 ? openUniformKnots(nCtrl, e.degree + 1) : e.knots;
  const problem = splineProblem(e.degree, nCtrl, knots.length, e.weights.length);
  if (problem) return { error: problem };
  for (let i = 1; i < knots.length; i++) if (knots[i]! < knots[i - 1]!) return { error: 'decreasing knots' };
  const s: Spline2 = {
    degree: e.degree,
    knots: knots instanceof Float64Array ? knots : toF64(knots),
    xs: e.xs,
    ys: e.ys,
    ws: e.weights.length ? e.weights : null,
    poly: null,
  };
  return { prim: toPrim(s), fromFit: false };
}

/** The values of `v` in a Float64Array (as `Float64Array.from`). */
function toF64(v: ArrayLike<number>): Float64Array {
  const out = f64(v.length);
  for (let i = 0; i < v.length; i++) out[i] = v[i] as number;
  return out;
}

function toPrim(s: Spline2): SplinePrim {
  const [a, b] = splineDomain(s);
  return { k: 2, s, a, b };
}
