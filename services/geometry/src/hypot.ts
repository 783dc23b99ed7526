/**
 * `Math.hypot(x, y)` bit for bit, without its cost: V8's builtin copies its arguments into a
 * freshly allocated array on every call (a large share of all allocation in this engine). This is
 * the same algorithm (largest magnitude as scale, Kahan-compensated sum of squares), so results are
 * identical, including NaN and infinities.
 */
export function hypot(x: number, y: number): number {
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  let max = 0;
  let nan = false;
  if (x !== x) nan = true;
  else if (ax > max) max = ax;
  if (y !== y) nan = true;
  else if (ay > max) max = ay;
  if (max === Infinity) return Infinity;
  if (nan) return NaN;
  if (max === 0) return 0;
  let sum = 0;
  let compensation = 0;
  let n = ax / max;
  let summand = n * n - compensation;
  let preliminary = sum + summand;
  compensation = preliminary - sum - summand;
  sum = preliminary;
  n = ay / max;
  summand = n * n - compensation;
  preliminary = sum + summand;
  sum = preliminary;
  return Math.sqrt(sum) * max;
}
