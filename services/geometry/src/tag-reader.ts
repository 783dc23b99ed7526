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
  /** Current value as an integer (NaN when it is not one). */
  int(): number;
  /** Current value as a string (line ending removed, leading blanks kept). */
  str(): string;
  /**
   * Same as `str()`, for values that mostly repeat the previous `repeatedStr()` value (layer names:
   * most entities are on the layer of the one before): that value is compared before decoding.
   */
  repeatedStr(): string;
  /** Same as `str().trim().toUpperCase() === s`. */
  upperIs(s: string): boolean;
  /** True when the current value equals `s` (ASCII, surrounding blanks ignored). */
  is(s: string): boolean;
  /**
   * Moves to the `0 ENDSEC` or `0 SECTION` pair that ends the current section without reading the
   * pairs in between, and returns true; false (nothing moved) when the reader cannot tell where that
   * is, and the caller reads on pair by pair.
   */
  skipSection(): boolean;
  /** Fraction of the input consumed, for progress reporting. */
  progress(): number;
}
