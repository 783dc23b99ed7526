/**
 * Decimals of 16 to 19 significant digits (a tenth of the corpus numbers: "12.345678901234567")
 * read exactly without building a string for `Number()`: the digits W are exact in two doubles,
 * W / 10^f is divided once and the last bit is decided from the exact remainder. Only a value that
 * lies within 2^-40 half-ulps of a rounding midpoint (or rounds to a power of two) is left to the caller.
 */

/** Veltkamp's splitter for 53-bit doubles (2^27 + 1). */
const SPLIT = 134217729;
/** Powers of ten that are exact doubles (10^0 to 10^22). */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** Bits of one double, to read an exponent and build a power of two. */
const f = new Float64Array(1);
const u = new Uint32Array(f.buffer);
/** Index of the high 32 bits in `u` (the platform's byte order). */
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LO = 1 - HI;

/** Low part of the exact product a * b (Dekker): a * b = fl(a * b) + productError(a, b, fl(a * b)). */
function productError(a: number, b: number, p: number): number {
  const ca = SPLIT * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLIT * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

/**
 * The value of the `n` (16 to 19) significant digits starting at byte `s` (a `.` among them is
 * skipped) times 10^k, -22 <= k <= 0, correctly rounded as `Number()` rounds it; NaN when it cannot
 * tell cheaply (the caller then asks `Number()`).
 */
export function longDecimal(b: Uint8Array, s: number, n: number, k: number): number {
  // W = H * 10^8 + L with H < 10^11 and L < 10^8, both exact.
  let h = 0;
  let l = 0;
  let i = s;
  for (let d = 0; d < n; i++) {
    const c = (b[i] as number) - 48;
    if (c < 0 || c > 9) continue; // the decimal point
    if (d < n - 8) h = h * 10 + c;
    else l = l * 10 + c;
    d++;
  }
  // W exactly as wh + wl (wh = fl(W)): the errors of the product and of the sum are integers below 2^12.
  const p = h * 1e8;
  const pe = productError(h, 1e8, p);
  const t = p + l;
  const tv = t - p;
  const te = p - (t - tv) + (l - tv);
  const lo = te + pe;
  const wh = t + lo;
  const wl = lo - (wh - t);
  const div = POW10[-k] as number;
  const q = wh / div;
  // The exact remainder W - q * div (wh - q * div is exact by Sterbenz' lemma), over div: the true
  // value is q + delta, |delta| under 1.5 ulp of q.
  const qd = q * div;
  const delta = (wh - qd - productError(q, div, qd) + wl) / div;
  // r is the double nearest q + delta; it is the double nearest the true value unless that lies
  // within 2^-40 half-ulps of a midpoint (delta is exact to about 2^-50 of an ulp).
  const r = q + delta;
  const rest = q - r + delta;
  f[0] = r;
  const hi = u[HI] as number;
  const exp = (hi >>> 20) & 2047;
  if (((hi & 1048575) === 0 && u[LO] === 0) || exp <= 53) return NaN; // a power of two: uneven gaps
  u[HI] = (exp - 53) << 20; // half an ulp of r
  u[LO] = 0;
  const half = f[0] as number;
  if (Math.abs(rest) > half * (1 - 9.094947017729282e-13)) return NaN;
  return r;
}
