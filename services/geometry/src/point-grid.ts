/**
 * Spatial hash of points with cell size `tol`: neighbours within `tol` lie in the 3x3 cells around.
 * Cells are hashed to a 32-bit key (distinct cells may share a key, and then a bucket: callers check
 * distances); buckets keep their ids in insertion order. Flat typed arrays (open addressing, linked
 * id lists) instead of a Map of arrays: no allocation per point.
 */
export class PointGrid {
  private inv = 1;
  /** Search radius of `cellsNear` (at most half the cell size). */
  private r = 0;
  /**
   * Slot s holds its cell key at 2s and the first id of its bucket at 2s + 1 (-1 when empty): a
   * probe reads one cache line, not one in each of two arrays (the tables of large drawings miss).
   */
  private slots: Int32Array;
  private tails: Int32Array;
  private mask = 0;
  private used = 0;
  /** Next id in the same bucket, -1 at the end (indexed by id). */
  next: Int32Array;

  /** Creates a grid for distance `tol` (> 0) holding ids below `maxId`. */
  constructor(tol: number, maxId: number) {
    this.slots = new Int32Array(32);
    this.tails = new Int32Array(16);
    this.next = new Int32Array(1);
    this.reset(tol, maxId);
  }

  /**
   * Empties the grid for cells of size `tol`, ids below `maxId` and searches within `r` (at most
   * half the cell size), reusing the arrays when they are large enough.
   */
  reset(tol: number, maxId: number, r = 0): this {
    this.inv = tol > 0 ? 1 / tol : 1;
    this.r = r;
    let cap = 16;
    while (cap < 2 * maxId) cap *= 2;
    // Larger arrays from an earlier use are kept: only the first `cap` slots are used (and cleared).
    if (this.tails.length < cap) {
      this.slots = new Int32Array(2 * cap);
      this.tails = new Int32Array(cap);
    }
    // Keys of empty slots are never compared: all set to -1 in one fill.
    this.slots.fill(-1, 0, 2 * cap);
    this.mask = cap - 1;
    this.used = 0;
    if (this.next.length < maxId) this.next = new Int32Array(maxId);
    return this;
  }

  private static key(ix: number, iy: number): number {
    return (Math.imul(ix | 0, 73856093) ^ Math.imul(iy | 0, 19349663)) | 0;
  }

  private cell(v: number): number {
    const c = Math.floor(v * this.inv);
    // c % 2^30 is c itself below 2^30 in magnitude (the common case, without a floating modulo).
    if (c > -1073741824 && c < 1073741824) return c;
    return Number.isFinite(c) ? c % 1073741824 : 0;
  }

  /** Slot of `key`: its own, or the empty one where it would go. */
  private slot(key: number): number {
    const mask = this.mask;
    const slots = this.slots;
    let s = Math.imul(key, 0x9e3779b1) >>> 0;
    s = (s ^ (s >>> 15)) & mask;
    while (slots[2 * s + 1] !== -1 && slots[2 * s] !== key) s = (s + 1) & mask;
    return s;
  }

  /**
   * Stores id `id` (below `maxId`) at the point (pts[o], pts[o + 1]) (read from an array: doubles
   * passed to a call that is not inlined are boxed).
   */
  add(pts: Float64Array, o: number, id: number): void {
    const key = PointGrid.key(this.cell(pts[o] as number), this.cell(pts[o + 1] as number));
    const s = this.slot(key);
    this.next[id] = -1;
    if (this.slots[2 * s + 1] === -1) {
      this.slots[2 * s] = key;
      this.slots[2 * s + 1] = id;
      this.tails[s] = id;
      if (++this.used * 2 > this.mask) this.rehash();
    } else {
      this.next[this.tails[s] as number] = id;
      this.tails[s] = id;
    }
  }

  /** First id stored in the cell (ix, iy) (continue with `next`), or -1; cells come from `cellIndex`. */
  first(ix: number, iy: number): number {
    return this.slots[2 * this.slot(PointGrid.key(ix, iy)) + 1] as number;
  }

  /**
   * Writes into `out` the cell ranges [x0, x1, y0, y1] that hold every point within the radius
   * `r` of `reset` of the point (pts[o], pts[o + 1]) (at most 2 x 2 cells). Where cell indices
   * wrap (beyond 2^30 cells) the 3 x 3 cells around the point are given instead.
   */
  cellsNear(pts: Float64Array, o: number, out: Int32Array): void {
    const x = pts[o] as number;
    const y = pts[o + 1] as number;
    // A relative margin far above rounding: |x' - x| <= r as computed implies x' lies in the range.
    const m = this.r * (1 + 1e-6);
    this.range(x - m, x + m, out, 0);
    this.range(y - m, y + m, out, 2);
  }

  private range(lo: number, hi: number, out: Int32Array, o: number): void {
    let a = this.cell(lo);
    let b = this.cell(hi);
    if (!(b >= a && b - a <= 2)) {
      const c = this.cell((lo + hi) / 2);
      a = c - 1;
      b = c + 1;
    }
    out[o] = a;
    out[o + 1] = b;
  }

  /** Cell index of a coordinate. */
  cellIndex(v: number): number {
    return this.cell(v);
  }

  private rehash(): void {
    const { slots, tails } = this;
    const old = this.mask + 1;
    const cap = 2 * old;
    this.slots = new Int32Array(2 * cap).fill(-1);
    this.tails = new Int32Array(cap);
    this.mask = cap - 1;
    for (let i = 0; i < old; i++) {
      if (slots[2 * i + 1] === -1) continue;
      const s = this.slot(slots[2 * i] as number);
      this.slots[2 * s] = slots[2 * i] as number;
      this.slots[2 * s + 1] = slots[2 * i + 1] as number;
      this.tails[s] = tails[i] as number;
    }
  }
}
