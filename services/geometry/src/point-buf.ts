import { copyF64 } from './arena.ts';

/** Growable buffer of points, x and y interleaved (`n` numbers used). */
export class PointBuf {
  a: Float64Array;
  n = 0;

  constructor(capacity = 1024) {
    this.a = new Float64Array(capacity);
  }

  /** Appends one point. */
  push(x: number, y: number): void {
    if (this.n + 2 > this.a.length) this.grow(this.n + 2);
    this.a[this.n] = x;
    this.a[this.n + 1] = y;
    this.n += 2;
  }

  /** Makes room for `size` numbers in all. */
  grow(size: number): void {
    if (size <= this.a.length) return;
    const b = new Float64Array(Math.max(size, 2 * this.a.length));
    b.set(this.a.subarray(0, this.n));
    this.a = b;
  }

  /** A copy of the used part. */
  copy(): Float64Array {
    return copyF64(this.a, this.n);
  }
}
