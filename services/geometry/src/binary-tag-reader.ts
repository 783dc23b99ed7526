import { decodeCp1252 } from './cp1252.ts';
import { GeometryFailure } from './geometry-error.ts';
import { readFloatsByPairs, type TagReader, type Word } from './tag-reader.ts';

/** The 22-byte sentinel that starts every binary DXF file. */
export const BINARY_SENTINEL = 'AutoCAD Binary DXF\r\n\x1a\x00';

const enum Kind {
  Str,
  Bin,
  I16,
  I32,
  I64,
  F64,
  Byte,
}

const KIND = buildKinds();

function buildKinds(): Uint8Array {
  const k = new Uint8Array(1072); // Kind.Str everywhere by default
  const set = (from: number, to: number, kind: Kind): void => {
    for (let c = from; c < to; c++) k[c] = kind;
  };
  set(310, 320, Kind.Bin);
  k[1004] = Kind.Bin;
  set(290, 300, Kind.Byte);
  for (const [a, b] of [
    [60, 80],
    [170, 180],
    [270, 290],
    [370, 390],
    [400, 410],
    [1060, 1071],
  ] as const)
    set(a, b, Kind.I16);
  for (const [a, b] of [
    [90, 100],
    [420, 460],
    [1071, 1072],
  ] as const)
    set(a, b, Kind.I32);
  set(160, 170, Kind.I64);
  for (const [a, b] of [
    [10, 60],
    [110, 150],
    [210, 240],
    [460, 470],
    [1010, 1060],
  ] as const)
    set(a, b, Kind.F64);
  return k;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Reads binary DXF pairs (R12 one-byte or R13+ two-byte group codes, little endian values). */
export class BinaryTagReader implements TagReader {
  code = 0;
  private num = 0;
  private text: string | null = null;
  private pos = 22;
  private readonly view: DataView;
  private readonly bytes: Uint8Array;
  private readonly wide: boolean;

  /** Reads `bytes`, which start with the binary sentinel. */
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.wide = bytes.length > 23 && bytes[22] === 0 && bytes[23] === 0;
  }

  /** Advances to the next pair; throws `unreadable` when a value runs past the end. */
  next(): boolean {
    const b = this.bytes;
    let p = this.pos;
    if (p >= b.length) {
      this.code = -1;
      return false;
    }
    let code: number;
    if (this.wide) {
      this.need(p, 2);
      code = this.view.getUint16(p, true);
      p += 2;
    } else if (b[p] === 255) {
      this.need(p, 3);
      code = this.view.getUint16(p + 1, true);
      p += 3;
    } else code = b[p++] as number;
    const kind = code < 1072 ? (KIND[code] as Kind) : Kind.Str;
    this.text = null;
    p = this.readValue(kind, p);
    this.code = code;
    this.pos = p;
    return true;
  }

  private readValue(kind: Kind, p: number): number {
    const v = this.view;
    switch (kind) {
      case Kind.F64:
        this.need(p, 8);
        this.num = v.getFloat64(p, true);
        return p + 8;
      case Kind.I16:
        this.need(p, 2);
        this.num = v.getInt16(p, true);
        return p + 2;
      case Kind.I32:
        this.need(p, 4);
        this.num = v.getInt32(p, true);
        return p + 4;
      case Kind.I64:
        this.need(p, 8);
        this.num = Number(v.getBigInt64(p, true));
        return p + 8;
      case Kind.Byte:
        this.need(p, 1);
        this.num = this.bytes[p] as number;
        return p + 1;
      case Kind.Bin: {
        this.need(p, 1);
        const len = this.bytes[p] as number;
        this.need(p + 1, len);
        this.num = NaN;
        this.text = '';
        return p + 1 + len;
      }
      default: {
        const end = this.bytes.indexOf(0, p);
        if (end < 0) throw new GeometryFailure('unreadable', 'binary DXF string runs past the end');
        this.text = decode(this.bytes.subarray(p, end));
        this.num = NaN;
        return end + 1;
      }
    }
  }

  private need(p: number, n: number): void {
    if (p + n > this.bytes.length)
      throw new GeometryFailure('unreadable', 'binary DXF value runs past the end');
  }

  /** The value as a number (strings are parsed). */
  float(): number {
    if (this.text !== null) {
      const t = this.text.trim();
      return t === '' ? NaN : Number(t);
    }
    return this.num;
  }

  /** `out[i] = float()`. */
  floatAt(out: Float64Array, i: number): void {
    out[i] = this.float();
  }

  /** `TagReader.readFloats`, pair by pair. */
  readFloats(out: Float64Array, base: number, slots: Int8Array): boolean {
    return readFloatsByPairs(this, out, base, slots);
  }

  /** The value as an integer. */
  int(): number {
    return Math.trunc(this.float());
  }

  /** The value as a string. */
  str(): string {
    return this.text ?? String(this.num);
  }

  /** Same as `str()` (binary strings are decoded as they are read). */
  repeatedStr(): string {
    return this.str();
  }

  /** `str().trim().toUpperCase()`. */
  upperStr(): string {
    return this.str().trim().toUpperCase();
  }

  /** Same as `str().trim().toUpperCase() === s`. */
  upperIs(s: string): boolean {
    return this.str().trim().toUpperCase() === s;
  }

  /** Compares the value with a string, ignoring surrounding blanks. */
  is(s: string): boolean {
    return this.text !== null && this.text.trim() === s;
  }

  /** Same as `is(w.str)` (binary values are decoded strings already). */
  isWord(w: Word): boolean {
    return this.is(w.str);
  }

  /** Binary files are read pair by pair (their sections are found by their codes alone). */
  skipSection(): boolean {
    return false;
  }

  /** Fraction of the bytes consumed. */
  progress(): number {
    return this.pos / this.bytes.length;
  }
}

function decode(view: Uint8Array): string {
  try {
    return UTF8.decode(view);
  } catch {
    return decodeCp1252(view);
  }
}
