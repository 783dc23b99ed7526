/** Formats a coordinate with at most 2 decimals (0.01 mm), never "-0", never NaN. */
export function num(v: number): string {
  const r = Math.round(v * 100);
  if (!Number.isFinite(r) || r === 0) return '0';
  const a = Math.abs(r);
  const ip = Math.floor(a / 100);
  const fp = a - ip * 100;
  const sign = r < 0 ? '-' : '';
  if (fp === 0) return sign + ip;
  if (fp < 10) return sign + ip + '.0' + fp;
  return sign + ip + '.' + (fp % 10 === 0 ? fp / 10 : fp);
}

/** "00" to "99" as ASCII digit pairs. */
const PAIRS = new Uint8Array(200);
for (let i = 0; i < 100; i++) {
  PAIRS[2 * i] = 48 + ((i / 10) | 0);
  PAIRS[2 * i + 1] = 48 + (i % 10);
}

/**
 * Largest |v * 100| written by the integer path: its rounding fits an int32 (a Smi), so neither the
 * rounded value nor the writer's arguments are ever boxed.
 */
export const INT_LIMIT = 2147483000;

/** ASCII output of all paths; decoded once into one string that the paths are slices of. */
export class ByteOut {
  b = new Uint8Array(1 << 16);
  n = 0;

  reserve(extra: number): void {
    if (this.n + extra <= this.b.length) return;
    const c = new Uint8Array(Math.max(this.n + extra, 2 * this.b.length));
    c.set(this.b.subarray(0, this.n));
    this.b = c;
  }

  /** Appends `num(v)`, growing the buffer as needed. */
  num(v: number): void {
    this.reserve(16);
    const x = v * 100;
    if (x > -INT_LIMIT && x < INT_LIMIT) this.n = writeHundredths(this.b, this.n, roundHalfUp(x) | 0);
    else this.n = writeSlow(this, this.n, v);
  }
}

/**
 * `Math.round(x)` for |x| < 2^52: floor(x + 0.5) is the same except where x + 0.5 rounds up onto an
 * integer (x = 0.49999999999999994), which the exact test r - 0.5 > x catches. V8's own Math.round
 * branches on the fraction (a mispredicted branch for half of all coordinates, about 6 ns); this
 * test is almost never taken.
 */
export function roundHalfUp(x: number): number {
  const r = Math.floor(x + 0.5);
  return r - 0.5 > x ? r - 1 : r;
}

/**
 * Writes `num(v)` at `n` of `out.b` through the string formatter, growing the buffer as needed (the
 * caller reloads `out.b`); returns the new end. For values the integer path does not take: far
 * beyond any drawing, NaN, infinities.
 */
export function writeSlow(out: ByteOut, n: number, v: number): number {
  const s = num(v);
  out.n = n;
  out.reserve(s.length);
  const b = out.b;
  for (let i = 0; i < s.length; i++) b[n++] = s.charCodeAt(i);
  return n;
}

/**
 * Writes r / 100 (r an int32 of the rounded hundredths) with at most two decimals and no trailing
 * zero, as `num` does, at `n` of `b`; returns the new end. Small enough for V8 to inline at both
 * call sites of a point: integer parts under 10,000 (any drawing in mm) written here two digits at a
 * time, longer ones by `writeDigits`; the decimals written whole and kept by length, without a
 * branch on their value.
 */
export function writeHundredths(b: Uint8Array, n: number, r: number): number {
  let a = r;
  if (a < 0) {
    b[n++] = 45;
    a = -a;
  }
  const ip = (a / 100) | 0;
  const fp = a - ip * 100;
  if (ip >= 10000) n = writeDigits(b, n, ip);
  else {
    let lo = ip;
    if (ip >= 100) {
      const hi = (ip / 100) | 0;
      if (hi >= 10) b[n++] = PAIRS[2 * hi] as number;
      b[n++] = PAIRS[2 * hi + 1] as number;
      lo = ip - hi * 100;
      b[n++] = PAIRS[2 * lo] as number;
    } else if (ip >= 10) b[n++] = PAIRS[2 * lo] as number;
    b[n++] = PAIRS[2 * lo + 1] as number;
  }
  // ".dd" always written; kept: 0 bytes for fp = 0, 2 when the last decimal is 0, else 3.
  const last = PAIRS[2 * fp + 1] as number;
  b[n] = 46;
  b[n + 1] = PAIRS[2 * fp] as number;
  b[n + 2] = last;
  const some = (-fp >>> 31) & 1; // 1 when fp > 0
  const lastZero = ((last - 49) >>> 31) & 1; // 1 when the last decimal is '0'
  return n + some * (3 - lastZero);
}

/** Writes the decimal digits of `v` (an int32 >= 0) at `n` of `b`, two at a time from the right; returns the new end. */
function writeDigits(b: Uint8Array, n: number, v: number): number {
  let len = 1;
  for (let p = 10; p <= v && len < 10; p *= 10) len++;
  let w = n + len;
  let q = v;
  while (q >= 100) {
    const q100 = (q / 100) | 0;
    const d = 2 * (q - q100 * 100);
    b[--w] = PAIRS[d + 1] as number;
    b[--w] = PAIRS[d] as number;
    q = q100;
  }
  if (q >= 10) {
    b[--w] = PAIRS[2 * q + 1] as number;
    b[--w] = PAIRS[2 * q] as number;
  } else b[--w] = 48 + q;
  return n + len;
}
