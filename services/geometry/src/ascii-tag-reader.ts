import { parseDecimal, parseIntRange, scanFloat, scanned } from './ascii-number.ts';
import { decodeValue } from './ascii-string.ts';
import { findSectionEnd } from './find-section-end.ts';
import { GeometryFailure } from './geometry-error.ts';
import { readFloatsByPairs, type TagReader } from './tag-reader.ts';

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
    const v = scanFloat(this.bytes, this.vs);
    if (v === v) {
      // The value's line break, found by the scan, ends it exactly where `valueEnd` would.
      if (this.ve < 0) {
        this.ve = scanned[0] as number;
        this.pos = scanned[1] as number;
      }
      out[i] = v;
    } else out[i] = parseDecimal(this.bytes, this.vs, this.valueEnd());
  }

  /**
   * `TagReader.readFloats` in one loop with the position in a local (no call, no field written per
   * pair): vertices and coordinates are most of a file's pairs. A code line that is not the usual
   * blanks, digits and line break, and the end of the data, are left to `next` pair by pair.
   */
  readFloats(out: Float64Array, base: number, slots: Int8Array): boolean {
    const b = this.bytes;
    const end = this.end;
    const n = slots.length;
    let p = this.pos < 0 ? this.lineAfter(this.vs) : this.pos;
    while (p < end) {
      let i = p;
      while (b[i] === 32) i++;
      let code = 0;
      const d0 = i;
      let c = (b[i] as number) - 48;
      while (c >= 0 && c <= 9) {
        code = code * 10 + c;
        c = (b[++i] as number) - 48;
      }
      if (c === 13 - 48 && b[i + 1] === 10) i++;
      else if (c !== 10 - 48) break;
      const vs = i + 1;
      if (i === d0 || i - d0 > 10 || vs >= end) break;
      const slot = code < n ? (slots[code] as number) : -1;
      if (code === 0 || slot === -2) {
        this.code = code;
        this.vs = vs;
        this.ve = -1;
        this.pos = -1;
        return true;
      }
      if (slot >= 0) {
        const v = scanFloat(b, vs);
        if (v === v) {
          out[base + slot] = v;
          p = scanned[1] as number;
        } else {
          this.vs = vs;
          this.ve = -1;
          out[base + slot] = parseDecimal(b, vs, this.valueEnd());
          p = this.pos;
        }
      } else {
        p = vs;
        while (p < end && b[p] !== 10) p++;
        p++;
      }
    }
    // The unusual line (or the end) is read again by `next`.
    this.pos = p;
    return readFloatsByPairs(this, out, base, slots);
  }

  /** Parses the value as an integer (a float value is truncated, as DXF writers sometimes write 1.0). */
  int(): number {
    const v = parseIntRange(this.bytes, this.vs, this.valueEnd());
    if (v === v) return v;
    return Math.trunc(this.float());
  }

  /** Decodes the value (`decodeValue`: short ASCII strings interned, then UTF-8, then Windows-1252). */
  str(): string {
    return decodeValue(this.bytes, this.vs, this.valueEnd(), this.interned);
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
   * `str().trim().toUpperCase()`: a value of printable ASCII without blanks or lower-case letters
   * (entity type and section names) is `str()` itself, without the two string operations.
   */
  upperStr(): string {
    const b = this.bytes;
    const s = this.vs;
    const e = this.valueEnd();
    let k = s;
    while (k < e) {
      const c = b[k] as number;
      if (c < 33 || c > 126 || (c >= 97 && c <= 122)) break;
      k++;
    }
    return k === e ? this.str() : this.str().trim().toUpperCase();
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

function isBlank(b: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = b[i];
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0 && c !== 26) return false;
  }
  return true;
}
