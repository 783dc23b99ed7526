import { hypot } from './hypot.ts';

/**
 * `hypot(dx, dy) <= tol` without the hypot where squares decide it: the squared test is used when
 * it is far from a tie (a margin of 1e-9 dwarfs the rounding of both forms) and the numbers are in
 * a range where squares neither overflow nor underflow; otherwise the exact formula decides. The
 * outcome is always that of `hypot(dx, dy) <= tol`.
 */
export function distWithin(dx: number, dy: number, tol: number): boolean {
  const d2 = dx * dx + dy * dy;
  const t2 = tol * tol;
  if (t2 > 1e-250 && t2 < 1e250) {
    if (d2 < t2 * (1 - 1e-9)) return true;
    if (d2 > t2 * (1 + 1e-9)) return false;
  }
  return hypot(dx, dy) <= tol;
}
