/** A stream of DXF group-code/value pairs, read one at a time (ASCII or binary). */
export interface TagReader {
  /** Group code of the current pair (-1 after the end of the data). */
  code: number;
  /** Advances to the next pair; false at the end of the data. */
  next(): boolean;
  /** Current value as a number (NaN when it is not one). */
  float(): number;
  /** Writes `float()` into `out[i]` (no boxed number on the way). */
  floatAt(out: Float64Array, i: number): void;
  /**
   * Reads the pairs after the current one up to the first whose code is 0 or has slot -2 in `slots`
   * (that pair is left current for the caller) and returns true, or false at the end of the data.
   * On the way, a pair whose code has a slot s >= 0 has `float()` of its value written to
   * `out[base + s]`; other pairs (slot -1, or a code past the table) are skipped.
   */
  readFloats(out: Float64Array, base: number, slots: Int8Array): boolean;
  /** Current value as an integer (NaN when it is not one). */
  int(): number;
  /** Current value as a string (line ending removed, leading blanks kept). */
  str(): string;
  /**
   * Same as `str()`, for values that mostly repeat the previous `repeatedStr()` value (layer names:
   * most entities are on the layer of the one before): that value is compared before decoding.
   */
  repeatedStr(): string;
  /** Same as `str().trim().toUpperCase()`. */
  upperStr(): string;
  /** Same as `str().trim().toUpperCase() === s`. */
  upperIs(s: string): boolean;
  /** True when the current value equals `s` (ASCII, surrounding blanks ignored). */
  is(s: string): boolean;
  /** Same as `is(w.str)`, for a word known in advance (asked once per polyline vertex). */
  isWord(w: Word): boolean;
  /**
   * Moves to the `0 ENDSEC` or `0 SECTION` pair that ends the current section without reading the
   * pairs in between, and returns true; false (nothing moved) when the reader cannot tell where that
   * is, and the caller reads on pair by pair.
   */
  skipSection(): boolean;
  /** Fraction of the input consumed, for progress reporting. */
  progress(): number;
}

/**
 * An ASCII word of at least four characters, the first not a blank, with its bytes and its first
 * four bytes as one little-endian int32: a value line is compared with it by one 32-bit read and
 * the few bytes after.
 */
export class Word {
  readonly length: number;
  readonly bytes: Uint8Array;
  readonly head: number;

  constructor(readonly str: string) {
    if (str.length < 4 || !/^[!-~]+$/.test(str))
      throw new Error(`not a word of four or more ASCII characters: ${str}`);
    this.length = str.length;
    const b = Uint8Array.from(str, (ch) => ch.charCodeAt(0));
    this.bytes = b;
    this.head =
      (b[0] as number) | ((b[1] as number) << 8) | ((b[2] as number) << 16) | ((b[3] as number) << 24);
  }
}

/** `TagReader.readFloats` pair by pair, for any reader. */
export function readFloatsByPairs(r: TagReader, out: Float64Array, base: number, slots: Int8Array): boolean {
  while (r.next()) {
    const code = r.code;
    const slot = code < slots.length ? (slots[code] as number) : -1;
    if (code === 0 || slot === -2) return true;
    if (slot >= 0) r.floatAt(out, base + slot);
  }
  return false;
}

/**
 * Reads the current pair (its code is `code`) and the pairs after it with the same code into
 * `out[at]`, `out[at + 1]`, ..., at most `max` (>= 1) of them, and returns how many: knots and
 * weights come in long runs, and a run read in one loop costs no dispatch per value. The pair after
 * them (a different code, or the same when `max` were read; code -1 at the end) is current, not read.
 */
export function readRun(r: TagReader, code: number, out: Float64Array, at: number, max: number): number {
  let n = 0;
  for (;;) {
    r.floatAt(out, at + n);
    n++;
    if (!r.next() || r.code !== code || n === max) return n;
  }
}

/**
 * A slot table for `readFloats`: the codes of `floats` get slots 0, 1, ... in order (an entry -1
 * only takes its slot's place), those of `stops` -2, all others -1.
 */
export function floatSlots(floats: number[], stops: number[] = []): Int8Array {
  const slots = new Int8Array(1072).fill(-1);
  floats.forEach((code, i) => {
    if (code >= 0) slots[code] = i;
  });
  for (const code of stops) slots[code] = -2;
  return slots;
}
