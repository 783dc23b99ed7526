import { longDecimal } from './long-decimal.ts';

/** Powers of ten that are exact doubles (10^0 to 10^22). */
export const POW10: number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);
const CHARS: string[] = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i));

/** Where the value read by the last successful `scanFloat` ends (line break excluded) and where the next line starts. */
export const scanned = new Int32Array(2);

/**
 * The common case of a value line at byte `p`: [blanks][-]digits[.digits][blanks] then LF or CR LF,
 * with a mantissa below 2^53 and at most 22 decimals, read exactly (one correctly rounded division),
 * `scanned` set; NaN for anything else (the caller then asks `parseDecimal`). No loop checks the
 * end of the bytes: a line break stops each, and so do bytes past the end (undefined, 48 once XORed).
 */
export function scanFloat(b: Uint8Array, p: number): number {
  // Bytes XOR '0': digits become 0-9 and every other byte (and undefined) 10 or more, so one compare
  // tests a digit (a subtraction needs two, and undefined would bring NaN into the loop's numbers).
  let c = (b[p] as number) ^ 48;
  while (c === (32 ^ 48)) c = (b[++p] as number) ^ 48;
  let neg = false;
  if (c === (45 ^ 48)) {
    neg = true;
    c = (b[++p] as number) ^ 48;
  }
  let m = 0;
  const s0 = p;
  while (c <= 9) {
    m = m * 10 + c;
    c = (b[++p] as number) ^ 48;
  }
  let frac = 0;
  if (c === (46 ^ 48)) {
    const f0 = ++p;
    c = (b[p] as number) ^ 48;
    while (c <= 9) {
      m = m * 10 + c;
      c = (b[++p] as number) ^ 48;
    }
    frac = p - f0;
    if (frac === 0 && f0 === s0 + 1) return NaN; // "." alone
  } else if (p === s0) return NaN;
  while (c === (32 ^ 48)) c = (b[++p] as number) ^ 48;
  let next: number;
  if (c === (10 ^ 48)) next = p + 1;
  else if (c === (13 ^ 48) && b[p + 1] === 10) next = p + 2;
  else return NaN;
  if (!(m < 9007199254740992) || frac > 22) return NaN;
  scanned[0] = p;
  scanned[1] = next;
  const v = frac === 0 ? m : m / (POW10[frac] as number);
  return neg ? -v : v;
}

/**
 * The number in bytes [s, end) (blanks around it allowed): any decimal or exponent form, exactly as
 * `Number()` reads it; 16 to 19 digits by `longDecimal`; more, nan and inf through the engine's own parser.
 */
export function parseDecimal(b: Uint8Array, s: number, end: number): number {
  const long = scanLong(b, s, end);
  if (long === long) return long;
  let i = s;
  let e = end;
  while (i < e && (b[i] === 32 || b[i] === 9)) i++;
  while (e > i && (b[e - 1] === 32 || b[e - 1] === 9)) e--;
  if (i === e) return NaN;
  let neg = false;
  const c0 = b[i];
  if (c0 === 45) {
    neg = true;
    i++;
  } else if (c0 === 43) i++;
  let m = 0;
  let digits = 0;
  /** Where the first significant digit is. */
  let first = i;
  let frac = 0;
  let seenDot = false;
  let any = false;
  let exp = 0;
  for (; i < e; i++) {
    const c = b[i] as number;
    if (c >= 48 && c <= 57) {
      any = true;
      if (m !== 0 || c !== 48) {
        if (digits === 0) first = i;
        digits++;
      }
      m = m * 10 + (c - 48);
      if (seenDot) frac++;
    } else if (c === 46 && !seenDot) seenDot = true;
    else if ((c === 69 || c === 101) && any) {
      exp = parseIntRange(b, i + 1, e);
      if (exp !== exp) return engineFloat(b, s, end);
      break;
    } else return engineFloat(b, s, end);
  }
  if (!any) return engineFloat(b, s, end);
  const k = exp - frac;
  if (digits > 15 && !(m < 9007199254740992)) {
    const v = digits <= 19 && k <= 0 && k >= -22 ? longDecimal(b, first, digits, k) : NaN;
    if (v !== v) return engineFloat(b, s, end);
    return neg ? -v : v;
  }
  // m < 2^53 is exact (every partial m * 10 + d below it was too; rounding is monotonic) and so is 10^k for k <= 22:
  // one correctly rounded operation (Clinger's fast path).
  let v: number;
  if (k === 0) v = m;
  else if (k < 0 && k >= -22) v = m / (POW10[-k] as number);
  else if (k > 0 && k <= 22) v = m * (POW10[k] as number);
  else return engineFloat(b, s, end);
  return neg ? -v : v;
}

/**
 * What `parseDecimal` reads from bytes [s, end) when they are [blanks][-]digits[.digits][blanks] with
 * 16 to 19 significant digits and at most 22 decimals (a tenth of the corpus numbers, too long for
 * `scanFloat`): `longDecimal` of them, found in one scan that tests a digit by one compare; NaN for
 * anything else (and for what `longDecimal` leaves to the engine).
 */
function scanLong(b: Uint8Array, s: number, end: number): number {
  let p = s;
  let c = (b[p] as number) ^ 48;
  while (c === (32 ^ 48) && p < end) c = (b[++p] as number) ^ 48;
  const neg = c === (45 ^ 48);
  if (neg) c = (b[++p] as number) ^ 48;
  // Leading zeros (and a point among them) are not significant.
  let dot = -1;
  while ((c === 0 || (c === (46 ^ 48) && dot < 0)) && p < end) {
    if (c !== 0) dot = p;
    c = (b[++p] as number) ^ 48;
  }
  const first = p;
  while (p < end && (c <= 9 || (c === (46 ^ 48) && dot < 0))) {
    if (c > 9) dot = p;
    c = (b[++p] as number) ^ 48;
  }
  const de = p;
  while (c === (32 ^ 48) && p < end) c = (b[++p] as number) ^ 48;
  if (p !== end) return NaN;
  const digits = de - first - (dot >= first ? 1 : 0);
  const frac = dot < 0 ? 0 : de - dot - 1;
  if (digits < 16 || digits > 19 || frac > 22) return NaN;
  const v = longDecimal(b, first, digits, -frac);
  return neg ? -v : v;
}

/** Exponents out of range, more than 15 digits, nan, inf: let the engine's own parser decide. */
function engineFloat(b: Uint8Array, vs: number, ve: number): number {
  let s = '';
  // One string from the bytes (a character at a time costs about four times as much); a long value
  // a character at a time, as spreading it into arguments could exceed the engine's argument limit.
  if (ve - vs <= 256) s = String.fromCharCode.apply(null, b.subarray(vs, ve) as unknown as number[]);
  else for (let i = vs; i < ve; i++) s += CHARS[b[i] as number] as string;
  if (s.trim() === '') return NaN;
  const v = Number(s);
  return v === v ? v : Number.parseFloat(s);
}

/** Parses a trimmed decimal integer in bytes [s, e), ignoring a trailing CR; NaN if it is not one. */
export function parseIntRange(b: Uint8Array, s: number, e: number): number {
  while (s < e && (b[s] === 32 || b[s] === 9)) s++;
  while (e > s && (b[e - 1] === 32 || b[e - 1] === 9 || b[e - 1] === 13)) e--;
  if (s === e) return NaN;
  let neg = false;
  if (b[s] === 45) {
    neg = true;
    s++;
  } else if (b[s] === 43) s++;
  if (s === e || e - s > 15) return NaN;
  let v = 0;
  for (let i = s; i < e; i++) {
    const c = (b[i] as number) - 48;
    if (c < 0 || c > 9) return NaN;
    v = v * 10 + c;
  }
  return neg ? -v : v;
}
