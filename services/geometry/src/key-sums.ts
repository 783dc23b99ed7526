/**
 * Sums per key in first-seen order; a run of one key adds to a local total (the same additions in the
 * same order as adding to the stored one) and touches the map only when the key changes. Keys such
 * as "constructor" are plain keys here, not the properties an object would inherit.
 */
export class KeySums {
  private readonly sums = new Map<string, number>();
  private key: string | null = null;
  private sum = 0;

  /** Adds `v` to the sum of `key`. */
  add(key: string, v: number): void {
    if (key !== this.key) {
      if (this.key !== null) this.sums.set(this.key, this.sum);
      this.key = key;
      this.sum = this.sums.get(key) ?? 0;
    }
    this.sum += v;
  }

  /** The sums as a plain record, keys in first-seen order (integer-like keys first, as in any object). */
  record(): Record<string, number> {
    if (this.key !== null) this.sums.set(this.key, this.sum);
    const out: Record<string, number> = {};
    for (const [k, v] of this.sums) out[k] = v;
    return out;
  }
}
