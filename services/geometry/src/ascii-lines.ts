/** Byte-level helpers of the ASCII pair reader: line ends, blank lines and value comparisons. */

import type { Word } from './tag-reader.ts';

/**
 * Index of the first byte `byte` at or after `p` (`end` when there is none), four bytes at a time (a
 * loop round per byte costs more, and a builtin `indexOf` call per line even more): a zero byte of
 * `w ^ byte x 4` is a match, and the lowest set bit of the classic zero-byte test marks the first one
 * exactly (its false positives only follow a true zero byte).
 */
export function byteIndex(dv: DataView, b: Uint8Array, p: number, end: number, byte: number): number {
  const pattern = Math.imul(byte, 0x01010101);
  while (p + 4 <= end) {
    const x = dv.getUint32(p, true) ^ pattern;
    const t = (x - 0x01010101) & ~x & 0x80808080;
    if (t !== 0) return p + ((31 - Math.clz32(t & -t)) >> 3);
    p += 4;
  }
  while (p < end && b[p] !== byte) p++;
  return p;
}

/**
 * `byteIndex` for a byte that is usually far away (a section's end): two words a round while eight
 * bytes are left (a round costs more than its tests: 24 % faster over the corpus, no gain on short lines).
 */
export function farByteIndex(dv: DataView, b: Uint8Array, p: number, end: number, byte: number): number {
  const pattern = Math.imul(byte, 0x01010101);
  while (p + 8 <= end) {
    const x = dv.getUint32(p, true) ^ pattern;
    const y = dv.getUint32(p + 4, true) ^ pattern;
    const t = (x - 0x01010101) & ~x & 0x80808080;
    const u = (y - 0x01010101) & ~y & 0x80808080;
    if ((t | u) !== 0)
      return t !== 0 ? p + ((31 - Math.clz32(t & -t)) >> 3) : p + 4 + ((31 - Math.clz32(u & -u)) >> 3);
    p += 8;
  }
  return byteIndex(dv, b, p, end, byte);
}

/** Index of the first line feed at or after `p` (`end` when there is none): short values are most of the lines skipped. */
export function lineEnd(dv: DataView, b: Uint8Array, p: number, end: number): number {
  return byteIndex(dv, b, p, end, 10);
}

/** True when bytes [s, e) hold only blanks, line breaks, NULs and the end-of-file mark (26). */
export function isBlank(b: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = b[i];
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0 && c !== 26) return false;
  }
  return true;
}

/**
 * For a value line starting at `i` with no blank: 0 when it cannot equal the ASCII word `str` once
 * trimmed (a byte differs: the line starts where its trimmed form does, and a shorter line differs
 * at its line break), the start of the next line when it is exactly `str` and a LF or CR LF, and -1
 * when only the whole line can tell (blanks after the word, or the end of the bytes).
 */
export function lineAfterWord(b: Uint8Array, i: number, str: string): number {
  const n = str.length;
  for (let k = 0; k < n; k++) if (b[i + k] !== str.charCodeAt(k)) return 0;
  const c = b[i + n];
  if (c === 10) return i + n + 1;
  if (c === 13 && b[i + n + 1] === 10) return i + n + 2;
  return -1;
}

/**
 * `lineAfterWord` for a value line at `i` and a `Word`, its first four bytes compared as one 32-bit
 * read: a line that starts with no blank differs from the word when those bytes do (the trimmed
 * value starts there too). 0 when it differs, the start of the next line when it holds the word
 * and a LF or CR LF, -1 when only the whole line can tell (a blank first, blanks after the word,
 * the end of the bytes).
 */
export function lineAfterHead(dv: DataView, b: Uint8Array, i: number, end: number, w: Word): number {
  if (i + 4 > end) return -1;
  if (dv.getInt32(i, true) !== w.head) {
    const b0 = b[i];
    return b0 === 32 || b0 === 9 ? -1 : 0;
  }
  const n = w.length;
  const wb = w.bytes;
  // Bytes past the end of the data read as undefined, which differs from every byte.
  for (let k = 4; k < n; k++) if (b[i + k] !== wb[k]) return 0;
  const c = b[i + n];
  if (c === 10) return i + n + 1;
  if (c === 13 && b[i + n + 1] === 10) return i + n + 2;
  return -1;
}

/** True when bytes [s, e) are printable ASCII or tabs (their string is the bytes themselves). */
export function isPlainAscii(b: Uint8Array, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = b[k] as number;
    if (c >= 127 || (c < 32 && c !== 9)) return false;
  }
  return true;
}

/** True when bytes [s, e) are printable ASCII without blanks or a-z (their string is its own trimmed upper-case form). */
export function isUpperWord(b: Uint8Array, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const c = b[k] as number;
    if (c < 33 || c > 126 || (c >= 97 && c <= 122)) return false;
  }
  return true;
}

/** A value's bytes (start and length, line break excluded; length -1 for none) and its string. */
export class ValueMemo {
  start = 0;
  length = -1;
  str = '';

  /** Remembers the value of `length` bytes at `start` (-1: none) as `str`. */
  keep(start: number, length: number, str: string): void {
    this.start = start;
    this.length = length;
    this.str = str;
  }

  /**
   * For a value line starting at `s`: the start of the next line when it holds the remembered bytes
   * followed by a LF or CR LF, else 0 (a value that repeats an earlier one is known without decoding).
   */
  lineAfter(b: Uint8Array, s: number): number {
    const n = this.length;
    if (n < 0) return 0;
    const at = this.start;
    for (let k = 0; k < n; k++) if (b[s + k] !== b[at + k]) return 0;
    const c = b[s + n];
    if (c === 10) return s + n + 1;
    if (c === 13 && b[s + n + 1] === 10) return s + n + 2;
    return 0;
  }
}

/** True when bytes [i, e), blanks and tabs trimmed (and a-z folded when `upper`), equal the ASCII `str`. */
export function sameTrimmed(b: Uint8Array, i: number, e: number, str: string, upper: boolean): boolean {
  while (i < e && (b[i] === 32 || b[i] === 9)) i++;
  while (e > i && (b[e - 1] === 32 || b[e - 1] === 9)) e--;
  if (e - i !== str.length) return false;
  for (let k = 0; k < str.length; k++) {
    let c = b[i + k] as number;
    if (upper && c >= 97 && c <= 122) c -= 32;
    if (c !== str.charCodeAt(k)) return false;
  }
  return true;
}
