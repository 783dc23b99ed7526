import { copyF64, f64 } from './arena.ts';
import { COMMON_CODES, type SplineEntity } from './dxf-entities.ts';
import type { Common } from './parse-entity.ts';
import { NO_PRIMS } from './prim-data.ts';
import type { ReadContext } from './read-context.ts';
import { floatSlots, readRun, type TagReader } from './tag-reader.ts';

/** A growing list of numbers, reused from spline to spline (floats are read straight into it). */
class NumberList {
  a = new Float64Array(768);
  n = 0;

  /** Appends `count` zeros and returns the index of the first (read `a` after: it may be replaced). */
  add(count: number): number {
    const at = this.n;
    if (at + count > this.a.length) this.grow(at + count);
    const a = this.a;
    for (let k = at; k < at + count; k++) a[k] = 0;
    this.n = at + count;
    return at;
  }

  /** Replaces the array by one twice as long as `size`, with the numbers so far. */
  private grow(size: number): void {
    const b = new Float64Array(2 * size);
    b.set(this.a.subarray(0, this.n));
    this.a = b;
  }

  /** Appends the run of `code` values that starts with the current pair (`readRun`); false at the end of the data. */
  readRun(r: TagReader, code: number): boolean {
    do {
      if (this.n === this.a.length) this.grow(this.n + 1);
      this.n += readRun(r, code, this.a, this.n, this.a.length - this.n);
    } while (r.code === code);
    return r.code !== -1;
  }

  /** The numbers as a fresh array. */
  copy(): Float64Array {
    return copyF64(this.a, this.n);
  }

  /** True when every number is finite. */
  finite(): boolean {
    const a = this.a;
    for (let k = 0; k < this.n; k++) if (!Number.isFinite(a[k] as number)) return false;
    return true;
  }
}

const ctrl = new NumberList();
const fit = new NumberList();
const knots = new NumberList();
const weights = new NumberList();

/** Codes the caller reads (everything but a control point's y and z). */
const STOPS = [10, 11, 21, 31, 40, 41, 70, 71, 12, 13, 22, 23, 32, 33, ...COMMON_CODES];
/** Before the first control point: y and z of none are skipped. */
const HEAD = floatSlots([], STOPS);
/** After a control point's x: its y and z go to slots 1 and 2 from it (the last x read). */
const POINT = floatSlots([-1, 20, 30], STOPS);

/**
 * Reads a SPLINE: control and fit points (x/y/z), knots, weights, degree, closed flag and end
 * tangents. The numbers go straight into reused typed arrays (no boxed number per value, no
 * growing JS arrays: a spline's numbers were a tenth of the bytes allocated per corpus round), the
 * y and z of control points by `readFloats`. The entity keeps only what the spline primitive uses
 * (control x and y as the primitive's own arrays, knots, weights; fit points only without control
 * points): copies of the z or of interleaved points would sit in arena chunks beside long-lived
 * arrays and be held as long as those (half a megabyte on d2g-draak).
 */
export function parseSpline(r: TagReader, c: Common, ctx: ReadContext): SplineEntity {
  ctrl.n = fit.n = knots.n = weights.n = 0;
  let degree = 3;
  let closed = false;
  let startTangent: [number, number, number] | null = null;
  let endTangent: [number, number, number] | null = null;
  let tangent: [number, number, number] | null = null;
  let slots = HEAD;
  let last = 0;
  let more = r.readFloats(ctrl.a, last, slots);
  while (more && r.code !== 0) {
    const code = r.code;
    if (code === 40 || code === 41) {
      more = (code === 40 ? knots : weights).readRun(r, code);
      // The pair after the run is current and not read: as `readFloats` would have read it.
      const slot = more && r.code < slots.length ? (slots[r.code] as number) : -1;
      if (more && r.code !== 0 && slot !== -2) {
        if (slot >= 0) r.floatAt(ctrl.a, last + slot);
        more = r.readFloats(ctrl.a, last, slots);
      }
      continue;
    }
    if (code === 10 || code === 11) {
      const list = code === 10 ? ctrl : fit;
      const at = list.add(3);
      r.floatAt(list.a, at);
      if (code === 10) {
        last = at;
        slots = POINT;
      }
      // Every 256 points count as primitives (the test on the length is the one the limit was set with).
      if ((list.n & 767) === 0) ctx.countPrimitives(256);
    } else if (code === 21 || code === 31) {
      if (fit.n >= 3) r.floatAt(fit.a, fit.n - (code === 21 ? 2 : 1));
    } else if (code === 71) degree = r.int();
    else if (code === 70) closed = (r.int() & 1) === 1;
    else if (code === 12) startTangent = tangent = [r.float(), 0, 0];
    else if (code === 13) endTangent = tangent = [r.float(), 0, 0];
    else if ((code === 22 || code === 23) && tangent) tangent[1] = r.float();
    else if ((code === 32 || code === 33) && tangent) tangent[2] = r.float();
    else c.take(r);
    more = r.readFloats(ctrl.a, last, slots);
  }
  const nCtrl = ctrl.n / 3;
  const xs = f64(nCtrl);
  const ys = f64(nCtrl);
  const a = ctrl.a;
  for (let i = 0; i < nCtrl; i++) {
    xs[i] = a[3 * i] as number;
    ys[i] = a[3 * i + 1] as number;
  }
  return {
    kind: 'SPLINE',
    layer: c.layer,
    degree,
    closed,
    knots: knots.copy(),
    weights: weights.copy(),
    xs,
    ys,
    fit: nCtrl === 0 ? fit.copy() : NO_PRIMS,
    finite: ctrl.finite() && fit.finite() && knots.finite() && weights.finite(),
    startTangent,
    endTangent,
  };
}
