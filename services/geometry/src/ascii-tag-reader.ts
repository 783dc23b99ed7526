import { POW10, parseDecimal, parseIntRange } from './ascii-number.ts';
import { decodeCp1252 } from './cp1252.ts';
import { findSectionEnd } from './find-section-end.ts';
import { GeometryFailure } from './geometry-error.ts';
import type { TagReader } from './tag-reader.ts';

const LATIN1 = new TextDecoder('latin1');
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
  /** Start, length (line break excluded) and string of the last `repeatedStr()` value; length -1 before the first. */
  private lastStart = 0;
  private lastLength = -1;
  private lastStr = '';

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

  /** Any decimal or exponent form (`parseDecimal`). */
  private floatGeneral(out: Float64Array, at: number): void {
    out[at] = parseDecimal(this.bytes, this.vs, this.valueEnd());
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
   * `str()` of a value that mostly repeats the last one asked this way (layer names): when the value
   * line holds the same bytes as that one, followed by its line break, its string is returned without
   * hashing or decoding; the scan also finds the value's end, as `valueEnd` would.
   */
  repeatedStr(): string {
    const b = this.bytes;
    const s = this.vs;
    const n = this.lastLength;
    if (this.ve < 0 && n >= 0) {
      const ls = this.lastStart;
      let k = 0;
      while (k < n && b[s + k] === b[ls + k]) k++;
      if (k === n) {
        const c = b[s + n];
        if (c === 10) {
          this.ve = s + n;
          this.pos = s + n + 1;
          return this.lastStr;
        }
        if (c === 13 && b[s + n + 1] === 10) {
          this.ve = s + n;
          this.pos = s + n + 2;
          return this.lastStr;
        }
      }
    }
    const str = this.str();
    const ve = this.ve;
    this.lastStart = s;
    // A value ending in CR is not kept: the same bytes followed by a LF would end one byte earlier.
    this.lastLength = ve > s && b[ve - 1] === 13 ? -1 : ve - s;
    this.lastStr = str;
    return str;
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

  /** Moves to the pair that ends the section (`findSectionEnd`); the pairs skipped are not checked. */
  skipSection(): boolean {
    const line = findSectionEnd(this.bytes, this.valueEnd(), this.end);
    if (line < 0) return false;
    this.code = 0;
    this.vs = line;
    this.ve = -1;
    this.pos = -1;
    return true;
  }

  /** Fraction of the bytes consumed. */
  progress(): number {
    return this.end === 0 ? 1 : (this.pos < 0 ? this.vs : this.pos) / this.end;
  }
}

function sameAscii(str: string, b: Uint8Array, at: number): boolean {
  for (let k = 0; k < str.length; k++) if (str.charCodeAt(k) !== b[at + k]) return false;
  return true;
}

function isBlank(b: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = b[i];
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0 && c !== 26) return false;
  }
  return true;
}
