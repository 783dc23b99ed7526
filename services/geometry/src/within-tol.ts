import { hypot } from './hypot.ts';

/**
 * The flattening rule `dist <= tol`, dist = |e x d| / |d| (or |e| when d = 0), decided by squares
 * where that is unambiguous (a margin of 1e-9 far exceeds rounding) and by the exact formula otherwise,
 * so the outcome is always that of the exact formula.
 */
export function withinTol(dx: number, dy: number, ex: number, ey: number, tol: number): boolean {
  const cr = ex * dy - ey * dx;
  const l2 = dx * dx + dy * dy;
  const t2 = tol * tol * l2;
  if (l2 > 1e-140 && l2 < 1e140 && t2 > 1e-250 && t2 < 1e250) {
    const q = cr * cr;
    if (q < t2 * (1 - 1e-9)) return true;
    if (q > t2 * (1 + 1e-9)) return false;
  }
  const len = hypot(dx, dy);
  const dist = len === 0 ? hypot(ex, ey) : Math.abs(cr) / len;
  return dist <= tol;
}
