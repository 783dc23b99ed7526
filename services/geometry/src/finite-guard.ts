/**
 * Last line of defence for RELIABILITY 14: replaces any non-finite number left in a result by null
 * (and counts it), so that NaN or Infinity never reaches a preview or a price.
 */
export function replaceNonFinite<T>(value: T, found: { count: number }): T {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    found.count++;
    return null as T;
  }
  if (Array.isArray(value)) return value.map((v) => replaceNonFinite(v, found)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = replaceNonFinite(v, found);
    return out as T;
  }
  return value;
}
