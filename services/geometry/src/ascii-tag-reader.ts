import { parseDecimal, parseIntRange, scanFloat, scanned } from './ascii-number.ts';
import {
  isBlank,
  isPlainAscii,
  isUpperWord,
  lineAfterHead,
  lineAfterWord,
  lineEnd,
  sameTrimmed,
  ValueMemo,
} from './ascii-lines.ts';
import { decodeValue } from './ascii-string.ts';
import { findSectionEnd } from './find-section-end.ts';
import { GeometryFailure } from './geometry-error.ts';
import { readFloatsByPairs, type TagReader, type Word } from './tag-reader.ts';

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
  private readonly dv: DataView;
  private readonly end: number;
  private readonly interned = new Map<number, string>();
  /** The last `repeatedStr()` value, and the last `upperStr()` value that is its own upper-case form (type names). */
  private readonly lastLayer = new ValueMemo();
  private readonly lastName = new ValueMemo();

  /** Starts reading at byte `start` (after a byte-order mark). */
  constructor(bytes: Uint8Array, start = 0) {
    this.bytes = bytes;
    this.dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
    let c = (b[i] as number) ^ 48; // digits 0-9, anything else 10 or more (as in scanFloat)
    const d0 = i;
    while (c <= 9) {
      code = code * 10 + c;
      c = (b[++i] as number) ^ 48;
    }
    if (c === (13 ^ 48) && b[i + 1] === 10) i++;
    else if (c !== (10 ^ 48)) i = -1;
    if (i > d0 && i - d0 <= 10) p = i + 1;
    else {
      // General path: a manual scan (TypedArray#indexOf costs a builtin call per line), then the rules of parseIntRange.
      const nl = lineEnd(this.dv, b, p, end);
      code = parseIntRange(b, p, nl);
      if (code !== code) {
        if (isBlank(b, p, this.end)) return this.finish();
        throw new GeometryFailure('unreadable', `group code expected at byte ${p}`);
      }
      p = nl + 1;
    }
    if (p >= end) throw new GeometryFailure('unreadable', 'file ends after a group code (odd line count)');
    return this.startPair(code, p);
  }

  /** Makes the pair of code `code` and value line `vs` current (its end not known yet); true. */
  private startPair(code: number, vs: number): true {
    this.code = code;
    this.vs = vs;
    this.ve = -1;
    this.pos = -1;
    return true;
  }

  /** Start of the line after the one starting at `p`. */
  private lineAfter(p: number): number {
    return lineEnd(this.dv, this.bytes, p, this.end) + 1;
  }

  /** End of the current value, found now if it is not known yet (a CR before the LF excluded). */
  private valueEnd(): number {
    if (this.ve >= 0) return this.ve;
    const vs = this.vs;
    const next = this.lineAfter(vs);
    const ve = next - 1 > vs && this.bytes[next - 2] === 13 ? next - 2 : next - 1;
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
      // The usual shapes (up to two blanks, two digits) in straight code: fewer loop rounds, each rechecking the array.
      let i = p;
      let c = b[i] as number;
      if (c === 32) {
        c = b[++i] as number;
        if (c === 32) {
          c = b[++i] as number;
          while (c === 32) c = b[++i] as number;
        }
      }
      const d0 = i;
      let code = 0;
      c ^= 48; // digits 0-9, anything else 10 or more (as in scanFloat)
      if (c <= 9) {
        code = c;
        c = (b[++i] as number) ^ 48;
        if (c <= 9) {
          code = code * 10 + c;
          c = (b[++i] as number) ^ 48;
          while (c <= 9) {
            code = code * 10 + c;
            c = (b[++i] as number) ^ 48;
          }
        }
      }
      if (c === (13 ^ 48) && b[i + 1] === 10) i++;
      else if (c !== (10 ^ 48)) break;
      const vs = i + 1;
      if (i === d0 || i - d0 > 10 || vs >= end) break;
      const slot = code < n ? (slots[code] as number) : -1;
      if (code === 0 || slot === -2) return this.startPair(code, vs);
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
      } else p = lineEnd(this.dv, b, vs, end) + 1;
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
    const memo = this.lastLayer;
    const next = this.ve < 0 ? memo.lineAfter(b, s) : 0;
    if (next > 0) return this.memoEnds(memo, next);
    const str = this.str();
    const ve = this.ve;
    // A value ending in CR is not kept: the same bytes followed by a LF would end one byte earlier.
    memo.keep(s, ve > s && b[ve - 1] === 13 ? -1 : ve - s, str);
    return str;
  }

  /**
   * `str().trim().toUpperCase()`: a value of printable ASCII without blanks or lower-case letters
   * (entity type and section names) is `str()` itself, without the two string operations.
   */
  upperStr(): string {
    const b = this.bytes;
    const s = this.vs;
    // Entities mostly follow one of their own type: the last such name's bytes are compared first.
    const memo = this.lastName;
    const next = this.ve < 0 ? memo.lineAfter(b, s) : 0;
    if (next > 0) return this.memoEnds(memo, next);
    const e = this.valueEnd();
    if (!isUpperWord(b, s, e)) return this.str().trim().toUpperCase();
    const str = this.str();
    memo.keep(s, e - s, str);
    return str;
  }

  /** The memo's string for the current value, which `memo.lineAfter` found to end before line `next`. */
  private memoEnds(memo: ValueMemo, next: number): string {
    this.endsAt(memo.length, next);
    return memo.str;
  }

  /** Records that the current value is `length` bytes long and that the next line starts at `next`. */
  private endsAt(length: number, next: number): true {
    this.ve = this.vs + length;
    this.pos = next;
    return true;
  }

  /**
   * Same as `str().trim().toUpperCase() === s`: printable ASCII values are compared byte by byte
   * (blanks trimmed, a-z folded), anything else through the strings themselves.
   */
  upperIs(s: string): boolean {
    const b = this.bytes;
    const i = this.vs;
    const e = this.valueEnd();
    if (!isPlainAscii(b, i, e)) return this.str().trim().toUpperCase() === s;
    return sameTrimmed(b, i, e, s, true);
  }

  /**
   * Compares the value with an ASCII string, ignoring surrounding blanks. A value that starts with
   * no blank is compared byte by byte before its end is known: a difference decides (the value
   * starts where its trimmed form does), and so do the string's bytes followed by a line break.
   */
  is(str: string): boolean {
    const b = this.bytes;
    const i = this.vs;
    const b0 = b[i];
    const next = b0 === 32 || b0 === 9 ? -1 : lineAfterWord(b, i, str);
    if (next > 0) return this.endsAt(str.length, next);
    return next === 0 ? false : sameTrimmed(b, i, this.valueEnd(), str, false);
  }

  /** `is(w.str)`, the value compared with the word by `lineAfterHead` (a 32-bit read first). */
  isWord(w: Word): boolean {
    const next = lineAfterHead(this.dv, this.bytes, this.vs, this.end, w);
    if (next > 0) return this.endsAt(w.length, next);
    return next === 0 ? false : this.is(w.str);
  }

  /** Moves to the pair that ends the section (`findSectionEnd`); the pairs skipped are not checked. */
  skipSection(): boolean {
    const line = findSectionEnd(this.bytes, this.valueEnd(), this.end);
    return line >= 0 && this.startPair(0, line);
  }

  /** Fraction of the bytes consumed. */
  progress(): number {
    return this.end === 0 ? 1 : (this.pos < 0 ? this.vs : this.pos) / this.end;
  }
}
