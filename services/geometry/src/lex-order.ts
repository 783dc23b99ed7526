/** Scratch of `lexOrder`: two index buffers merged back and forth, and the run starts (grown on demand). */
let bufA = new Uint32Array(256);
let bufB = new Uint32Array(256);
let runs = new Int32Array(257);

/** True when point a of `p` (x, y interleaved) comes before point b or equals it, by x then y. */
function le(p: ArrayLike<number>, a: number, b: number): boolean {
  const xa = p[2 * a] as number;
  const xb = p[2 * b] as number;
  return xa < xb || (xa === xb && (p[2 * a + 1] as number) <= (p[2 * b + 1] as number));
}

/**
 * Indices of the first n points of `p` (finite coordinates) ordered by x, then y, in a reused buffer.
 * A natural merge sort: a loop's vertices come in long runs monotone in x (a convex hole has two or
 * three), so the runs are found in one pass (descending ones reversed) and merged pairwise, with
 * the comparisons inline: O(n log runs) instead of the builtin sort's comparator call per step.
 * The buffer is valid until the next call.
 */
export function lexOrder(p: ArrayLike<number>, n: number): Uint32Array {
  if (bufA.length < n) {
    bufA = new Uint32Array(2 * n);
    bufB = new Uint32Array(2 * n);
    runs = new Int32Array(2 * n + 1);
  }
  let src = bufA;
  let dst = bufB;
  const nr = findRuns(p, n, src);
  let count = nr;
  while (count > 1) {
    let merged = 0;
    let r = 0;
    for (; r + 1 < count; r += 2) {
      const lo = runs[r] as number;
      const mid = runs[r + 1] as number;
      const hi = runs[r + 2] as number;
      mergeRuns(p, src, dst, lo, mid, hi);
      runs[merged++] = lo;
    }
    if (r < count) {
      const lo = runs[r] as number;
      for (let k = lo; k < n; k++) dst[k] = src[k] as number;
      runs[merged++] = lo;
    }
    runs[merged] = n;
    count = merged;
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}

/** Writes the runs of `p`'s first n points into `out` (ascending, descending ones reversed) and their starts into `runs`; returns the run count. */
function findRuns(p: ArrayLike<number>, n: number, out: Uint32Array): number {
  let nr = 0;
  let i = 0;
  while (i < n) {
    const s = i;
    if (i + 1 < n && !le(p, i, i + 1)) {
      // Strictly descending (reversing it keeps no equal points apart).
      while (i + 1 < n && !le(p, i, i + 1)) i++;
      for (let k = s; k <= i; k++) out[k] = i - (k - s);
    } else {
      while (i + 1 < n && le(p, i, i + 1)) i++;
      for (let k = s; k <= i; k++) out[k] = k;
    }
    runs[nr++] = s;
    i++;
  }
  runs[nr] = n;
  return nr;
}

/**
 * Merges the sorted index ranges [lo, mid) and [mid, hi) of `src` into the same range of `dst`. The
 * head of each side (index and x) stays in locals: one index and one coordinate loaded per step.
 */
function mergeRuns(
  p: ArrayLike<number>,
  src: Uint32Array,
  dst: Uint32Array,
  lo: number,
  mid: number,
  hi: number,
): void {
  let a = lo;
  let b = mid;
  let k = lo;
  let ia = src[a] as number;
  let ib = src[b] as number;
  let xa = p[2 * ia] as number;
  let xb = p[2 * ib] as number;
  for (;;) {
    if (xa < xb || (xa === xb && (p[2 * ia + 1] as number) <= (p[2 * ib + 1] as number))) {
      dst[k++] = ia;
      if (++a === mid) break;
      ia = src[a] as number;
      xa = p[2 * ia] as number;
    } else {
      dst[k++] = ib;
      if (++b === hi) break;
      ib = src[b] as number;
      xb = p[2 * ib] as number;
    }
  }
  while (a < mid) dst[k++] = src[a++] as number;
  while (b < hi) dst[k++] = src[b++] as number;
}
