import { inflateSync } from 'node:zlib';
import { winAnsiSpecials } from '../exports/pdf/win-ansi.ts';

/**
 * Reads back what a PDF of pdfkit's standard fonts says, for tests: every content stream inflated
 * (FlateDecode) and the strings of its text operators decoded from WinAnsi. Good for "is this text
 * on the page", not a general PDF parser.
 */

const byteToChar = new Map(
  [...winAnsiSpecials].map(([codePoint, byte]) => [byte, String.fromCodePoint(codePoint)]),
);

/** The raw bytes of a PDF as a latin1 string (one character per byte). */
function latin1(pdf: Uint8Array): string {
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
}

/** The decoded contents of every stream of the PDF, in file order. */
export function pdfStreams(pdf: Uint8Array): string[] {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const text = latin1(pdf);
  const streams: string[] = [];
  const start = /<<((?:[^<>]|<<[^<>]*>>|<[0-9a-fA-F]*>)*)>>\s*stream\r?\n/g;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    const from = match.index + match[0].length;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(match[1]!);
    const to = length ? from + Number(length[1]) : text.indexOf('endstream', from);
    const body = bytes.subarray(from, to);
    const raw = /\/FlateDecode/.test(match[1]!) ? inflateSync(body, { finishFlush: 2 }) : body;
    streams.push(raw.toString('latin1'));
    start.lastIndex = to;
  }
  return streams;
}

function decodeWinAnsi(bytes: readonly number[]): string {
  return bytes.map((byte) => byteToChar.get(byte) ?? String.fromCharCode(byte)).join('');
}

function hexBytes(hex: string): number[] {
  const digits = hex.replace(/\s+/g, '');
  const out: number[] = [];
  for (let i = 0; i < digits.length; i += 2) out.push(parseInt(digits.slice(i, i + 2).padEnd(2, '0'), 16));
  return out;
}

function literalBytes(literal: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < literal.length; i += 1) {
    const char = literal[i]!;
    if (char !== '\\') {
      out.push(char.charCodeAt(0));
      continue;
    }
    const next = literal[(i += 1)] ?? '';
    const octal = /^[0-7]{1,3}/.exec(literal.slice(i));
    if (octal) {
      out.push(parseInt(octal[0], 8));
      i += octal[0].length - 1;
    } else {
      const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
      out.push(escapes[next] ?? next.charCodeAt(0));
    }
  }
  return out;
}

/**
 * The text each text operator (`Tj`, `TJ`) of the PDF shows, one string per operator, in order.
 * Kerning offsets inside a `TJ` array are dropped, so a word split by kerning reads whole.
 */
export function pdfTextRuns(pdf: Uint8Array): string[] {
  const runs: string[] = [];
  const operator =
    /\[((?:<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)|[-\d.\s])*)\]\s*TJ|(<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\))\s*Tj/g;
  const piece = /<([0-9a-fA-F\s]*)>|\(((?:\\.|[^\\)])*)\)/g;
  for (const stream of pdfStreams(pdf)) {
    for (const match of stream.matchAll(operator)) {
      const strings = match[1] ?? match[2] ?? '';
      const bytes = [...strings.matchAll(piece)].flatMap((part) =>
        part[1] !== undefined ? hexBytes(part[1]) : literalBytes(part[2]!),
      );
      runs.push(decodeWinAnsi(bytes));
    }
  }
  return runs;
}

/** All text of the PDF, runs joined by new lines. */
export function pdfText(pdf: Uint8Array): string {
  return pdfTextRuns(pdf).join('\n');
}

/** The number of pages, from the page tree's `/Count`. */
export function pdfPageCount(pdf: Uint8Array): number {
  const match = /\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/.exec(
    latin1(pdf),
  );
  if (!match) throw new Error('no page tree in the PDF');
  return Number(match[1] ?? match[2]);
}
