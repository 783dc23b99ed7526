/**
 * Small typed arrays as views into shared chunks: one typed-array object per array instead of a
 * backing store of its own (those are slow to allocate and add to the collector's work). A chunk
 * is never reused, so every view starts zeroed; it is freed once no view into it is alive.
 */

/** Doubles per chunk (256 KB); arrays longer than an eighth of it get a backing store of their own. */
const CHUNK = 32768;
let chunk = new Float64Array(CHUNK);
let chunkUsed = 0;

/** The array the last `reserveF64` placed its numbers in. */
export let reservedIn: Float64Array = chunk;

/**
 * Reserves `n` fresh zeroed numbers and returns their offset in `reservedIn`: in the current chunk,
 * or in an array of their own when longer than an eighth of a chunk. For holders of many small
 * arrays that keep an offset instead of a view (a typed-array view costs about 130 ns to create).
 */
export function reserveF64(n: number): number {
  if (n > CHUNK >> 3) {
    reservedIn = new Float64Array(n);
    return 0;
  }
  if (chunkUsed + n > CHUNK) {
    chunk = new Float64Array(CHUNK);
    chunkUsed = 0;
  }
  reservedIn = chunk;
  const at = chunkUsed;
  chunkUsed += n;
  return at;
}

/** A fresh zeroed Float64Array of length `n` (a view into the current chunk, as `reserveF64` places numbers). */
export function f64(n: number): Float64Array {
  if (n > CHUNK >> 3) return new Float64Array(n);
  if (chunkUsed + n > CHUNK) {
    chunk = new Float64Array(CHUNK);
    chunkUsed = 0;
  }
  // The buffer constructor costs less than `subarray` (no species lookup).
  const view = new Float64Array(chunk.buffer, 8 * chunkUsed, n);
  chunkUsed += n;
  return view;
}

/** A copy of `src[0, n)`. */
export function copyF64(src: Float64Array, n: number): Float64Array {
  const out = f64(n);
  out.set(src.subarray(0, n));
  return out;
}
