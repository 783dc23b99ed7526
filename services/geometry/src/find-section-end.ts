import { farByteIndex } from './ascii-lines.ts';

/**
 * Start of the next line `ENDSEC` or `SECTION` (from byte `from`) whose previous line is a group
 * code `0`, found by a word-at-a-time search for the letter N (the rarest letter of both words in the
 * sections skipped: a quarter as frequent as S, so a quarter of the search calls); -1 when there
 * is none. In a well-formed file such a pair of lines is always a pair of the tag stream: a value
 * line is followed by a code line, and neither word is a number. Blanks and a CR around both lines
 * are allowed, as the pair reader allows them.
 */
export function findSectionEnd(b: Uint8Array, from: number, end: number): number {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (let n = farByteIndex(dv, b, from + 1, end, 78); n < end; n = farByteIndex(dv, b, n + 1, end, 78)) {
    // "ENDSEC" with its N at n, or "SECTION" ending with it.
    const word = isWordAt(b, n - 1, ENDSEC) ? n - 1 : n >= 6 && isWordAt(b, n - 6, SECTION) ? n - 6 : -1;
    if (word < from) continue;
    const lineStart = blanksBefore(b, word);
    const after = word + (word === n - 1 ? ENDSEC.length : SECTION.length);
    if (lineStart >= 0 && blanksAfter(b, after, end) && isZeroLineBefore(b, lineStart)) return lineStart;
  }
  return -1;
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

/** True when only blanks and a CR follow `at` on its line (or the file ends). */
function blanksAfter(b: Uint8Array, at: number, end: number): boolean {
  let i = at;
  while (i < end && (b[i] === 32 || b[i] === 9)) i++;
  if (i < end && b[i] === 13) i++;
  return i >= end || b[i] === 10;
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
