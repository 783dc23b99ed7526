import type { Spline2 } from './spline.ts';

type V3 = [number, number, number];

const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const lin = (a: V3, s: number, b: V3, t: number): V3 => [
  a[0] * s + b[0] * t,
  a[1] * s + b[1] * t,
  a[2] * s + b[2] * t,
];
const len = (a: V3): number => Math.hypot(a[0], a[1], a[2]);
const crossLen = (a: V3, b: V3): number =>
  Math.hypot(a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]);

/** Largest fit-point count interpolated (the dense solve grows with the square of it). */
export const MAX_FIT_POINTS = 1000;

/**
 * Cubic B-spline through fit points as ezdxf's fit_points_to_cad_cv(): chord-length parameters,
 * natural knots, end derivatives from the given tangents or the 5-point estimate, scaled to the
 * total chord length (Piegl & Tiller 9.2.2). Returns a reason when ezdxf would fail too.
 */
export function fitPointsToControl(
  fit: ArrayLike<number>,
  startTangent: V3 | null,
  endTangent: V3 | null,
): Spline2 | { error: string } {
  const pts: V3[] = [];
  for (let i = 0; i + 2 < fit.length; i += 3)
    pts.push([fit[i] as number, fit[i + 1] as number, fit[i + 2] as number]);
  const count = pts.length;
  if (count < 2) return { error: 'two or more points required' };
  if (count > MAX_FIT_POINTS) return { error: `more than ${MAX_FIT_POINTS} fit points` };
  const dist = pts.slice(1).map((p, i) => len(sub(p, pts[i] as V3)));
  const total = dist.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return { error: 'float division by zero' };
  const tangents = startTangent && endTangent ? [startTangent, endTangent] : estimateEndTangents(pts);
  if ('error' in tangents) return tangents;
  const [t0, t1] = tangents as [V3, V3];
  const l0 = len(t0);
  const l1 = len(t1);
  if (l0 === 0 || l1 === 0) return { error: 'float division by zero' };
  const t: number[] = [0];
  let s = 0;
  for (const d of dist) t.push((s += d) / total);
  t[t.length - 1] = 1;
  return interpolate(pts, t, lin(t0, total / l0, t0, 0), lin(t1, total / l1, t1, 0));
}

/** 5-point tangent estimate at both ends (ezdxf tangents_5_point_interpolation). */
function estimateEndTangents(p: V3[]): V3[] | { error: string } {
  const n = p.length;
  if (n < 3) return { error: 'list index out of range' };
  const q: V3[] = [[0, 0, 0]];
  for (let k = 0; k < n - 1; k++) q.push(sub(p[k + 1] as V3, p[k] as V3));
  q[0] = lin(q[1] as V3, 2, q[2] as V3, -1);
  q.push(lin(q[n - 1] as V3, 2, q[n - 2] as V3, -1));
  q.push(lin(q[n] as V3, 2, q[n - 1] as V3, -1));
  q.push(lin(q[0] as V3, 2, q[1] as V3, -1)); // q[-1] in Python
  const at = (i: number): V3 => q[i < 0 ? q.length + i : i] as V3;
  const alpha: number[] = [];
  for (let k = 0; k < n; k++) {
    const v1 = crossLen(at(k - 1), at(k));
    const v2 = crossLen(at(k + 1), at(k + 2));
    if (v1 + v2 === 0) return { error: 'float division by zero' };
    alpha.push(v1 / (v1 + v2));
  }
  const tan = (k: number): V3 => lin(at(k), 1 - (alpha[k] as number), at(k + 1), alpha[k] as number);
  return [tan(0), tan(n - 1)];
}

/** Global interpolation with end derivatives d0, d1: n+3 control points, natural knots. */
function interpolate(pts: V3[], t: number[], d0: V3, d1: V3): Spline2 {
  const p = 3;
  const n = pts.length - 1;
  const knots = [0, 0, 0, 0, ...t.slice(1, n), 1, 1, 1, 1];
  const m = n + 3;
  const A = new Float64Array(m * m);
  const rhs: V3[] = [];
  const rowOf = (r: number, u: number): void => basisRow(knots, p, m, u, A, r * m);
  let r = 0;
  rowOf(r, t[0] as number);
  rhs.push(pts[0] as V3);
  r++;
  A[r * m] = -1;
  A[r * m + 1] = 1;
  rhs.push(lin(d0, (knots[p + 1] as number) / p, d0, 0));
  for (let i = 1; i < n; i++) {
    r++;
    rowOf(r, t[i] as number);
    rhs.push(pts[i] as V3);
  }
  r++;
  A[r * m + m - 2] = -1;
  A[r * m + m - 1] = 1;
  rhs.push(lin(d1, (1 - (knots[knots.length - p - 2] as number)) / p, d1, 0));
  r++;
  rowOf(r, 1);
  rhs.push(pts[n] as V3);
  const xs = solve(
    A,
    m,
    rhs.map((v) => v[0]),
  );
  const ys = solve(
    A,
    m,
    rhs.map((v) => v[1]),
  );
  return { degree: p, knots: Float64Array.from(knots), xs, ys, ws: null, poly: null };
}

/** Writes the m basis function values N_i,p(u) into A at offset `at`. */
function basisRow(U: number[], p: number, m: number, u: number, A: Float64Array, at: number): void {
  let span = p;
  while (span < m - 1 && u >= (U[span + 1] as number)) span++;
  const N = [1];
  const left: number[] = [0];
  const right: number[] = [0];
  for (let j = 1; j <= p; j++) {
    left[j] = u - (U[span + 1 - j] as number);
    right[j] = (U[span + j] as number) - u;
    let saved = 0;
    for (let k = 0; k < j; k++) {
      const den = (right[k + 1] as number) + (left[j - k] as number);
      const temp = den === 0 ? 0 : (N[k] as number) / den;
      N[k] = saved + (right[k + 1] as number) * temp;
      saved = (left[j - k] as number) * temp;
    }
    N[j] = saved;
  }
  for (let k = 0; k <= p; k++) A[at + span - p + k] = N[k] as number;
}

/** Gaussian elimination with partial pivoting (A is copied). */
function solve(src: Float64Array, m: number, b: number[]): Float64Array {
  const A = Float64Array.from(src);
  const x = Float64Array.from(b);
  for (let c = 0; c < m; c++) {
    let piv = c;
    for (let r = c + 1; r < m; r++)
      if (Math.abs(A[r * m + c] as number) > Math.abs(A[piv * m + c] as number)) piv = r;
    if (piv !== c) {
      for (let k = 0; k < m; k++) {
        const tmp = A[c * m + k] as number;
        A[c * m + k] = A[piv * m + k] as number;
        A[piv * m + k] = tmp;
      }
      const tb = x[c] as number;
      x[c] = x[piv] as number;
      x[piv] = tb;
    }
    const d = A[c * m + c] as number;
    if (d === 0) continue;
    for (let r = c + 1; r < m; r++) {
      const f = (A[r * m + c] as number) / d;
      if (f === 0) continue;
      for (let k = c; k < m; k++) A[r * m + k] = (A[r * m + k] as number) - f * (A[c * m + k] as number);
      x[r] = (x[r] as number) - f * (x[c] as number);
    }
  }
  for (let c = m - 1; c >= 0; c--) {
    let s = x[c] as number;
    for (let k = c + 1; k < m; k++) s -= (A[c * m + k] as number) * (x[k] as number);
    const d = A[c * m + c] as number;
    x[c] = d === 0 ? 0 : s / d;
  }
  return x;
}
