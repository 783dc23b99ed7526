import { decodeCp1252 } from './cp1252.ts';
import { GeometryFailure } from './geometry-error.ts';
import type { TagReader } from './tag-reader.ts';

const POW10: number[] = Array.from({ length: 23 }, (_, i) => 10 ** i);
const LATIN1 = new TextDecoder('latin1');
const CHARS: string[] = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i));
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Scratch of `float()`. */
const one = new Float64Array(1);

/**
 * Reads ASCII DXF pairs straight from the bytes: no split into lines, numbers parsed in place. The
 * end of a value line is found when the value is read (a number's digits are scanned once) or when
 * the next pair is read past it.
 */
export class AsciiTagReader implements TagReader {
  code = 0;
  /** Start of the next pair, or -1 while the end of the current value line is not known yet. */
  private pos: number;
  private vs = 0;
  /** End of the current value (its line break excluded), or -1 while not known yet. */
  private ve = 0;
  private readonly bytes: Uint8Array;
  private readonly end: number;
  private readonly interned = new Map<number, string>();

  /** Starts reading at byte `start` (after a byte-order mark). */
  constructor(bytes: Uint8Array, start = 0) {
    this.bytes = bytes;
    this.pos = start;
    this.end = bytes.length;
  }

  /** Advances to the next pair; throws `unreadable` on a code line that is not an integer. */
  next(): boolean {
    const b = this.bytes;
    let p = this.pos < 0 ? this.lineAfter(this.vs) : this.pos;
    // Skip blank lines only at the very end of the file.
    if (p >= this.end) return this.finish();
    const end = this.end;
    // Fast path: blanks, up to 9 digits, an optional CR, LF (reads past the end give undefined and stop).
    let i = p;
    while (b[i] === 32) i++;
    let code = 0;
    let c = (b[i] as number) - 48;
    const d0 = i;
    while (c >= 0 && c <= 9) {
      code = code * 10 + c;
      c = (b[++i] as number) - 48;
    }
    if (c === 13 - 48 && b[i + 1] === 10) i++;
    else if (c !== 10 - 48) i = -1;
    if (i > d0 && i - d0 <= 10) p = i + 1;
    else {
      // General path: a manual scan (TypedArray#indexOf costs a builtin call per line), then the rules of parseIntRange.
      let nl = p;
      while (nl < end && b[nl] !== 10) nl++;
      code = parseIntRange(b, p, nl);
      if (code !== code) {
        if (isBlank(b, p, this.end)) return this.finish();
        throw new GeometryFailure('unreadable', `group code expected at byte ${p}`);
      }
      p = nl + 1;
    }
    if (p >= end) throw new GeometryFailure('unreadable', 'file ends after a group code (odd line count)');
    this.code = code;
    this.vs = p;
    this.ve = -1;
    this.pos = -1;
    return true;
  }

  /** Start of the line after the one starting at `p`. */
  private lineAfter(p: number): number {
    const b = this.bytes;
    const end = this.end;
    while (p < end && b[p] !== 10) p++;
    return p + 1;
  }

  /** End of the current value, found now if it is not known yet (a CR before the LF excluded). */
  private valueEnd(): number {
    if (this.ve >= 0) return this.ve;
    const b = this.bytes;
    const vs = this.vs;
    const next = this.lineAfter(vs);
    let ve = next - 1;
    if (ve > vs && b[ve - 1] === 13) ve--;
    this.ve = ve;
    this.pos = next;
    return ve;
  }

  /** Marks the end of data: the code becomes -1 so that no loop mistakes the last pair for a new one. */
  private finish(): false {
    this.code = -1;
    this.pos = this.end;
    return false;
  }

  /** Parses the value as a float; simple decimals exactly without building a string. */
  float(): number {
    this.floatAt(one, 0);
    return one[0] as number;
  }

  /** `out[i] = float()` without boxing the number (a double returned from a call that is not inlined is). */
  floatAt(out: Float64Array, i: number): void {
    // Fast path: [blanks][-]digits[.digits][blanks] with a mantissa below 2^53, else the general parser.
    // The value's end is found by the scan itself when it is not known yet (bytes past the end of
    // the file read as undefined and stop every loop).
    const b = this.bytes;
    let p = this.vs;
    const e = this.ve < 0 ? this.end : this.ve;
    while (p < e && b[p] === 32) p++;
    let neg = false;
    if (b[p] === 45) {
      neg = true;
      p++;
    }
    let m = 0;
    const s0 = p;
    let c = 0;
    while (p < e && (c = (b[p] as number) - 48) >= 0 && c <= 9) {
      m = m * 10 + c;
      p++;
    }
    let frac = 0;
    if (p < e && b[p] === 46) {
      const f0 = ++p;
      while (p < e && (c = (b[p] as number) - 48) >= 0 && c <= 9) {
        m = m * 10 + c;
        p++;
      }
      frac = p - f0;
      if (f0 === s0 + 1 && frac === 0) {
        this.floatGeneral(out, i); // "." alone
        return;
      }
    } else if (p === s0) {
      this.floatGeneral(out, i);
      return;
    }
    while (p < e && b[p] === 32) p++;
    if (this.ve < 0) {
      // A line break here ends the value exactly where `valueEnd` would.
      if (b[p] === 10) {
        this.ve = p;
        this.pos = p + 1;
      } else if (b[p] === 13 && b[p + 1] === 10) {
        this.ve = p;
        this.pos = p + 2;
      } else this.valueEnd();
    }
    if (p !== this.ve || !(m < 9007199254740992) || frac > 22) {
      this.floatGeneral(out, i);
      return;
    }
    const v = frac === 0 ? m : m / (POW10[frac] as number);
    out[i] = neg ? -v : v;
  }

  /** Any decimal or exponent form; more than 15 digits, nan and inf through the engine's own parser. */
  private floatGeneral(out: Float64Array, at: number): void {
    const b = this.bytes;
    let i = this.vs;
    let e = this.valueEnd();
    while (i < e && (b[i] === 32 || b[i] === 9)) i++;
    while (e > i && (b[e - 1] === 32 || b[e - 1] === 9)) e--;
    if (i === e) {
      out[at] = NaN;
      return;
    }
    let neg = false;
    const c0 = b[i];
    if (c0 === 45) {
      neg = true;
      i++;
    } else if (c0 === 43) i++;
    let m = 0;
    let digits = 0;
    let frac = 0;
    let seenDot = false;
    let any = false;
    let exp = 0;
    for (; i < e; i++) {
      const c = b[i] as number;
      if (c >= 48 && c <= 57) {
        any = true;
        if (m !== 0 || c !== 48) digits++;
        m = m * 10 + (c - 48);
        if (seenDot) frac++;
      } else if (c === 46 && !seenDot) seenDot = true;
      else if ((c === 69 || c === 101) && any) {
        exp = parseIntRange(b, i + 1, e);
        if (exp !== exp) {
          out[at] = this.slowFloat();
          return;
        }
        break;
      } else {
        out[at] = this.slowFloat();
        return;
      }
    }
    if (!any || (digits > 15 && !(m < 9007199254740992))) {
      out[at] = this.slowFloat();
      return;
    }
    // m < 2^53 is exact (every partial m * 10 + d below it was too; rounding is monotonic) and so is 10^k for k <= 22:
    // one correctly rounded operation (Clinger's fast path).
    const k = exp - frac;
    let v: number;
    if (k === 0) v = m;
    else if (k < 0 && k >= -22) v = m / (POW10[-k] as number);
    else if (k > 0 && k <= 22) v = m * (POW10[k] as number);
    else {
      out[at] = this.slowFloat();
      return;
    }
    out[at] = neg ? -v : v;
  }

  /** Exponents out of range, more than 15 digits, nan, inf: let the engine's own parser decide. */
  private slowFloat(): number {
    const b = this.bytes;
    this.valueEnd();
    let s = '';
    // One string from the bytes (a character at a time costs about four times as much); a long value
    // a character at a time, as spreading it into arguments could exceed the engine's argument limit.
    if (this.ve - this.vs <= 256)
      s = String.fromCharCode.apply(null, b.subarray(this.vs, this.ve) as unknown as number[]);
    else for (let i = this.vs; i < this.ve; i++) s += CHARS[b[i] as number] as string;
    if (s.trim() === '') return NaN;
    const v = Number(s);
    return v === v ? v : Number.parseFloat(s);
  }

  /** Parses the value as an integer (a float value is truncated, as DXF writers sometimes write 1.0). */
  int(): number {
    const v = parseIntRange(this.bytes, this.vs, this.valueEnd());
    if (v === v) return v;
    return Math.trunc(this.float());
  }

  /** Decodes the value: ASCII strings up to 256 bytes interned (layer, block and type names repeat; long layer names too), then UTF-8, then Windows-1252. */
  str(): string {
    const b = this.bytes;
    const s = this.vs;
    const e = this.valueEnd();
    let ascii = true;
    let h = 2166136261;
    for (let i = s; i < e; i++) {
      const c = b[i] as number;
      if (c >= 128) {
        ascii = false;
        break;
      }
      h = Math.imul(h ^ c, 16777619);
    }
    if (ascii && e - s <= 256) {
      const key = (h ^ (e - s)) >>> 0;
      const hit = this.interned.get(key);
      if (hit !== undefined && hit.length === e - s && sameAscii(hit, b, s)) return hit;
      const str = String.fromCharCode.apply(null, b.subarray(s, e) as unknown as number[]);
      if (this.interned.size < 4096) this.interned.set(key, str);
      return str;
    }
    const view = b.subarray(s, e);
    if (ascii)
      return e - s < 24 ? String.fromCharCode.apply(null, view as unknown as number[]) : LATIN1.decode(view);
    try {
      return UTF8.decode(view);
    } catch {
      return decodeCp1252(view);
    }
  }

  /**
   * Same as `str().trim().toUpperCase() === s`: printable ASCII values are compared byte by byte
   * (blanks trimmed, a-z folded), anything else through the strings themselves.
   */
  upperIs(s: string): boolean {
    const b = this.bytes;
    let i = this.vs;
    let e = this.valueEnd();
    for (let k = i; k < e; k++) {
      const c = b[k] as number;
      if (c >= 127 || (c < 32 && c !== 9)) return this.str().trim().toUpperCase() === s;
    }
    while (i < e && (b[i] === 32 || b[i] === 9)) i++;
    while (e > i && (b[e - 1] === 32 || b[e - 1] === 9)) e--;
    if (e - i !== s.length) return false;
    for (let k = 0; k < s.length; k++) {
      let c = b[i + k] as number;
      if (c >= 97 && c <= 122) c -= 32;
      if (c !== s.charCodeAt(k)) return false;
    }
    return true;
  }

  /** Compares the value with an ASCII string, ignoring surrounding blanks. */
  is(str: string): boolean {
    const b = this.bytes;
    let i = this.vs;
    let e = this.valueEnd();
    while (i < e && (b[i] === 32 || b[i] === 9)) i++;
    while (e > i && (b[e - 1] === 32 || b[e - 1] === 9)) e--;
    if (e - i !== str.length) return false;
    for (let k = 0; k < str.length; k++) if (b[i + k] !== str.charCodeAt(k)) return false;
    return true;
  }

  /**
   * Finds the next line `ENDSEC` or `SECTION` whose previous line is `0` by a byte search for the
   * letter S: in a well-formed file such a pair of lines is always a pair of the tag stream (a value
   * line is followed by a code line, and neither word is a number). Surrounding blanks and CR are
   * allowed as the pair reader allows them. The pairs skipped are not checked.
   */
  skipSection(): boolean {
    const b = this.bytes;
    const end = this.end;
    let s = this.valueEnd();
    for (;;) {
      s = b.indexOf(83, s); // S
      if (s < 0) return false;
      // "SECTION" starting at s, or "ENDSEC" with its S at s.
      const from = isWordAt(b, s, SECTION) ? s : s >= 3 && isWordAt(b, s - 3, ENDSEC) ? s - 3 : -1;
      if (from >= 0) {
        const to = from + (b[from] === 83 ? SECTION.length : ENDSEC.length);
        const lineStart = blanksBefore(b, from);
        const lineEnd = blanksAfter(b, to, end);
        if (lineStart >= 0 && lineEnd >= 0 && isZeroLineBefore(b, lineStart)) {
          this.code = 0;
          this.vs = lineStart;
          this.ve = -1;
          this.pos = -1;
          return true;
        }
      }
      s++;
    }
  }

  /** Fraction of the bytes consumed. */
  progress(): number {
    return this.end === 0 ? 1 : (this.pos < 0 ? this.vs : this.pos) / this.end;
  }
}

const SECTION = [83, 69, 67, 84, 73, 79, 78];
const ENDSEC = [69, 78, 68, 83, 69, 67];

function isWordAt(b: Uint8Array, at: number, word: number[]): boolean {
  for (let k = 0; k < word.length; k++) if (b[at + k] !== word[k]) return false;
  return true;
}

/** Start of the line when only blanks precede `at` on it, else -1. */
function blanksBefore(b: Uint8Array, at: number): number {
  let i = at;
  while (i > 0 && (b[i - 1] === 32 || b[i - 1] === 9)) i--;
  return i === 0 || b[i - 1] === 10 ? i : -1;
}

/** Position of the line feed when only blanks and a CR follow `at` on its line (or the file ends), else -1. */
function blanksAfter(b: Uint8Array, at: number, end: number): number {
  let i = at;
  while (i < end && (b[i] === 32 || b[i] === 9)) i++;
  if (i < end && b[i] === 13) i++;
  return i >= end || b[i] === 10 ? i : -1;
}

/** True when the line before the one starting at `lineStart` is a group code 0 (blanks and CR allowed). */
function isZeroLineBefore(b: Uint8Array, lineStart: number): boolean {
  if (lineStart < 2) return false;
  let i = lineStart - 2; // the byte before the line feed
  if (b[i] === 13) i--;
  while (i >= 0 && (b[i] === 32 || b[i] === 9)) i--;
  if (i < 0 || b[i] !== 48) return false;
  i--;
  while (i >= 0 && (b[i] === 32 || b[i] === 9)) i--;
  return i < 0 || b[i] === 10;
}

function sameAscii(str: string, b: Uint8Array, at: number): boolean {
  for (let k = 0; k < str.length; k++) if (str.charCodeAt(k) !== b[at + k]) return false;
  return true;
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

function isBlank(b: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = b[i];
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0 && c !== 26) return false;
  }
  return true;
}
