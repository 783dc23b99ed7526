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

/** "00" to "99" as ASCII digit pairs (for integer parts of 10,000 and more). */
const PAIRS = new Uint8Array(200);
for (let i = 0; i < 100; i++) {
  PAIRS[2 * i] = 48 + ((i / 10) | 0);
  PAIRS[2 * i + 1] = 48 + (i % 10);
}

/**
 * Integer parts 0 to 9,999 as the ASCII bytes of their digits packed little-endian into one word
 * (first digit in the low byte, no leading zero), and their digit counts: one four-byte store and
 * one add write any of them.
 */
const INT_DIGITS = new Uint32Array(10000);
const INT_LEN = new Uint8Array(10000);
for (let i = 0; i < 10000; i++) {
  const len = i < 10 ? 1 : i < 100 ? 2 : i < 1000 ? 3 : 4;
  let word = 0;
  for (let k = len - 1, q = i; k >= 0; k--, q = (q / 10) | 0) word |= (48 + (q % 10)) << (8 * k);
  INT_DIGITS[i] = word >>> 0;
  INT_LEN[i] = len;
}

/**
 * Hundredths 0 to 99 as ".dd" packed the same way, and how many of those bytes `num` keeps: none
 * for 0, two when the last decimal is 0 ("1.5"), else three. With `sep`: followed by that byte
 * (one more kept), so a coordinate and what follows it take one store.
 */
function decimalTable(sep: number | null): [Uint32Array, Uint8Array] {
  const words = new Uint32Array(100);
  const lens = new Uint8Array(100);
  for (let f = 0; f < 100; f++) {
    const len = f === 0 ? 0 : f % 10 === 0 ? 2 : 3;
    const word = 46 | ((48 + ((f / 10) | 0)) << 8) | ((48 + (f % 10)) << 16);
    // The separator goes right after the bytes kept (over the unused decimals).
    const mask = len === 0 ? 0 : 2 ** (8 * len) - 1;
    words[f] = sep === null ? word : ((word & mask) + sep * 2 ** (8 * len)) >>> 0;
    lens[f] = sep === null ? len : len + 1;
  }
  return [words, lens];
}

const [DECIMALS, DECIMALS_LEN] = decimalTable(null);
const [THEN_SPACE, THEN_SPACE_LEN] = decimalTable(32);
const [THEN_L, THEN_L_LEN] = decimalTable(76);

/**
 * Largest |v * 100| written by the integer path: its rounding fits an int32 (a Smi), so neither the
 * rounded value nor the writer's arguments are ever boxed.
 */
export const INT_LIMIT = 2147483000;

/**
 * Room `writeHundredths` needs: sign, eight integer digits and its last four-byte store (".dd" and
 * what lies past the kept bytes), 13 at most.
 */
export const NUM_BYTES = 16;

/** ASCII output of all paths; decoded once into one string that the paths are slices of. */
export class ByteOut {
  b = new Uint8Array(1 << 16);
  /** A view of the same bytes for the digit writer's four-byte stores (at any offset). */
  v = new DataView(this.b.buffer);
  n = 0;

  reserve(extra: number): void {
    if (this.n + extra <= this.b.length) return;
    const c = new Uint8Array(Math.max(this.n + extra, 2 * this.b.length));
    c.set(this.b.subarray(0, this.n));
    this.b = c;
    this.v = new DataView(c.buffer);
  }

  /** Appends `num(v)`, growing the buffer as needed. */
  num(v: number): void {
    this.reserve(NUM_BYTES);
    const x = v * 100;
    if (x > -INT_LIMIT && x < INT_LIMIT) this.n = writeHundredths(this.b, this.v, this.n, roundHalfUp(x) | 0);
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
  out.reserve(s.length + 1); // and the separator that follows
  const b = out.b;
  for (let i = 0; i < s.length; i++) b[n++] = s.charCodeAt(i);
  return n;
}

/**
 * Writes r / 100 (r an int32 of the rounded hundredths, |r| < INT_LIMIT) with at most two decimals
 * and no trailing zero, as `num` does, at `n` of `b` (`dv` views the same bytes); returns the new
 * end. The integer part (under 10,000 for any drawing in mm) and the decimals are one four-byte
 * store each, from tables, kept by their length: no branch on the digits, no byte-by-byte loop.
 * The sign is written always and kept only when r < 0. Bytes up to 4 past the returned end may be
 * overwritten: the caller reserves `NUM_BYTES` and writes what follows over them.
 */
export function writeHundredths(b: Uint8Array, dv: DataView, n: number, r: number): number {
  b[n] = 45; // '-'
  let o = n + (r >>> 31);
  const a = r < 0 ? -r : r;
  const ip = (a / 100) | 0;
  const fp = a - ip * 100;
  if (ip < 10000) {
    dv.setUint32(o, INT_DIGITS[ip] as number, true);
    o += INT_LEN[ip] as number;
  } else o = writeDigits(b, o, ip);
  dv.setUint32(o, DECIMALS[fp] as number, true);
  return o + (DECIMALS_LEN[fp] as number);
}

/**
 * `writeHundredths` followed by one separator byte `sep`, whose decimals come from `words` / `lens`
 * (`decimalTable(sep)`): the separator is part of the decimals' four-byte store.
 */
function writeThen(
  b: Uint8Array,
  dv: DataView,
  n: number,
  r: number,
  words: Uint32Array,
  lens: Uint8Array,
  sep: number,
): number {
  b[n] = 45; // '-'
  const o = n + (r >>> 31);
  const a = r < 0 ? -r : r;
  const ip = (a / 100) | 0;
  if (ip >= 10000) {
    const end = writeHundredths(b, dv, n, r);
    b[end] = sep;
    return end + 1;
  }
  const fp = a - ip * 100;
  dv.setUint32(o, INT_DIGITS[ip] as number, true);
  const d = o + (INT_LEN[ip] as number);
  dv.setUint32(d, words[fp] as number, true);
  return d + (lens[fp] as number);
}

/** An x coordinate: `writeHundredths` and the space before y. */
export function writeHundredthsSpace(b: Uint8Array, dv: DataView, n: number, r: number): number {
  return writeThen(b, dv, n, r, THEN_SPACE, THEN_SPACE_LEN, 32);
}

/**
 * A y coordinate: `writeHundredths` and the 'L' of the next point, written ahead in the same store
 * (the caller takes the last one back at the end of a path).
 */
export function writeHundredthsL(b: Uint8Array, dv: DataView, n: number, r: number): number {
  return writeThen(b, dv, n, r, THEN_L, THEN_L_LEN, 76);
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
