/**
 * Small typed arrays as views into shared chunks: one typed-array object per array instead of a
 * backing store of its own (those are slow to allocate and add to the collector's work). A chunk
 * is never reused, so every view starts zeroed; it is freed once no view into it is alive.
 */

/** Doubles per chunk (256 KB); arrays longer than an eighth of it get a backing store of their own. */
const CHUNK = 32768;
let chunk = new Float64Array(CHUNK);
/** The chunk's buffer, kept beside it: reading `chunk.buffer` per view cost about a third of the view. */
let chunkBuffer = chunk.buffer;
let chunkUsed = 0;

/** The shared empty array (nothing can be written into it). */
const EMPTY = new Float64Array(0);

/** The array the last `reserveF64` placed its numbers in. */
export let reservedIn: Float64Array = chunk;

/** Starts a fresh chunk. */
function newChunk(): void {
  chunk = new Float64Array(CHUNK);
  chunkBuffer = chunk.buffer;
  chunkUsed = 0;
}

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
  if (chunkUsed + n > CHUNK) newChunk();
  reservedIn = chunk;
  const at = chunkUsed;
  chunkUsed += n;
  return at;
}

/** A fresh zeroed Float64Array of length `n` (a view into the current chunk, as `reserveF64` places numbers). */
export function f64(n: number): Float64Array {
  if (n > CHUNK >> 3) return new Float64Array(n);
  if (chunkUsed + n > CHUNK) newChunk();
  // The buffer constructor costs less than `subarray` (no species lookup).
  const view = new Float64Array(chunkBuffer, 8 * chunkUsed, n);
  chunkUsed += n;
  return view;
}

/** Below this many numbers a copy is a plain loop: `set` needs a `subarray` view of the source, a view more per copy. */
const LOOP_COPY = 128;

/** A copy of `src[0, n)`; the shared empty array when `n` is 0 (spline weights mostly: no view at all). */
export function copyF64(src: Float64Array, n: number): Float64Array {
  if (n === 0) return EMPTY;
  const out = f64(n);
  if (n < LOOP_COPY) for (let i = 0; i < n; i++) out[i] = src[i] as number;
  else out.set(src.subarray(0, n));
  return out;
}
