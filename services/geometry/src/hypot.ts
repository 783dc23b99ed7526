/**
 * The length of (x, y) to within about one ulp, without overflow or underflow, and without the cost
 * of `Math.hypot`: V8's builtin copies its arguments into a freshly allocated array on every call
 * and scales both by the larger with two divisions. Here the plain square root serves whenever the
 * sum of squares is a normal number far from overflow; the other cases take the scaled algorithm of
 * `Math.hypot` (NaN and infinities as it gives them).
 */
export function hypot(x: number, y: number): number {
  const s = x * x + y * y;
  if (s > 1e-290 && s < 1e290) return Math.sqrt(s);
  return scaledHypot(x, y);
}

/** `Math.hypot(x, y)` bit for bit: largest magnitude as scale, compensated sum of squares. */
export function scaledHypot(x: number, y: number): number {
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
