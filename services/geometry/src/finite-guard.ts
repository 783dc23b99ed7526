/**
 * Last line of defence for RELIABILITY 14: replaces any non-finite number left in a result by null
 * (and counts it), so that NaN or Infinity never reaches a preview or a price. A value without any
 * non-finite number is returned as it is (no copy).
 */
export function replaceNonFinite<T>(value: T, found: { count: number }): T {
  return allFinite(value) ? value : replaceIn(value, found);
}

/**
 * True when no number inside `value` is NaN or infinite (x - x is 0 exactly for a finite x, NaN
 * otherwise). Indexed loops and `Object.values` instead of `for...of` and `for...in`: the result's
 * records (counts by type and layer) are dictionaries, where `for...in` collects keys afresh.
 */
function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return value - value === 0;
  if (typeof value !== 'object' || value === null) return true;
  const items = Array.isArray(value) ? (value as unknown[]) : Object.values(value);
  for (let i = 0; i < items.length; i++) if (!allFinite(items[i])) return false;
  return true;
}

function replaceIn<T>(value: T, found: { count: number }): T {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    found.count++;
    return null as T;
  }
  if (Array.isArray(value)) return value.map((v) => replaceIn(v, found)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = replaceIn(v, found);
    return out as T;
  }
  return value;
}
