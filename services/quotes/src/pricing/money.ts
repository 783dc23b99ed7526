/**
 * Money in integer cents. Amounts are computed in EUR as floating-point numbers and rounded to cents
 * in exactly two places, each time from the unrounded amount: the line total (round(price)) and the
 * unit price (round(price / quantity)). Display terms are split from the total so that they add up.
 */

/**
 * EUR to whole cents, half away from zero. The product is first cut to 12 significant digits so that
 * binary noise (1.005 * 100 = 100.49999...) does not decide the rounding.
 */
export function toCents(eur: number): number {
  const cents = Number((eur * 100).toPrecision(12));
  const rounded = cents < 0 ? -Math.round(-cents) : Math.round(cents);
  return rounded === 0 ? 0 : rounded; // never -0
}

/**
 * Splits `totalCents` over amounts given in EUR so that the parts are whole cents adding up to the
 * total exactly (largest-remainder method: each part is floored, then the cents left over go to the
 * largest fractions, earlier terms first on ties).
 */
export function splitCents<K extends string>(
  amounts: Readonly<Record<K, number>>,
  totalCents: number,
): Record<K, number> {
  const keys = Object.keys(amounts) as K[];
  const exact = keys.map((key) => Number((amounts[key] * 100).toPrecision(12)));
  const floors = exact.map(Math.floor);
  let left = totalCents - floors.reduce((sum, value) => sum + value, 0);
  const order = keys
    .map((_, index) => index)
    .sort((a, b) => exact[b]! - floors[b]! - (exact[a]! - floors[a]!) || a - b);
  for (let i = 0; left !== 0 && keys.length > 0; i = (i + 1) % keys.length) {
    const index = order[i]!;
    floors[index] = floors[index]! + Math.sign(left);
    left -= Math.sign(left);
  }
  return Object.fromEntries(keys.map((key, index) => [key, floors[index]!])) as Record<K, number>;
}
