import { describe, expect, it } from 'vitest';
import { analyseDxf } from './analyse-dxf.ts';
import { BINARY_SENTINEL } from './binary-tag-reader.ts';

/** Writes a binary DXF: one-byte group codes (R12) or two-byte codes (R13+). */
function binaryDxf(wide: boolean, pairs: [number, string | number][]): Uint8Array {
  const out: number[] = [...BINARY_SENTINEL].map((c) => c.charCodeAt(0));
  const dv = new DataView(new ArrayBuffer(8));
  for (const [code, value] of pairs) {
    if (wide) out.push(code & 255, code >> 8);
    else out.push(code);
    if (typeof value === 'string') out.push(...new TextEncoder().encode(value), 0);
    else if (code >= 60 && code < 80) {
      dv.setInt16(0, value, true);
      out.push(dv.getUint8(0), dv.getUint8(1));
    } else {
      dv.setFloat64(0, value, true);
      for (let i = 0; i < 8; i++) out.push(dv.getUint8(i));
    }
  }
  return new Uint8Array(out);
}

const square: [number, string | number][] = [
  [0, 'SECTION'],
  [2, 'ENTITIES'],
  ...[
    [0, 0, 10, 0],
    [10, 0, 10, 10],
    [10, 10, 0, 10],
    [0, 10, 0, 0],
  ].flatMap(([a, b, c, d]): [number, string | number][] => [
    [0, 'LINE'],
    [8, '0'],
    [10, a as number],
    [20, b as number],
    [11, c as number],
    [21, d as number],
  ]),
  [0, 'ENDSEC'],
  [0, 'EOF'],
];

describe('binary DXF', () => {
  for (const wide of [false, true]) {
    it(`reads ${wide ? 'two-byte (R13+)' : 'one-byte (R12)'} group codes`, () => {
      const r = analyseDxf(binaryDxf(wide, square));
      if ('error' in r) throw new Error(r.error.message);
      expect(r.facts.binary).toBe(true);
      expect(r.facts.cut_length).toBe(40);
      expect(r.facts.outer_area).toBe(100);
    });
  }

  it('reports a binary file cut in the middle of a value as unreadable', () => {
    const bytes = binaryDxf(true, square);
    const r = analyseDxf(bytes.subarray(0, bytes.length - 30));
    expect('error' in r && r.error.code).toBe('unreadable');
  });
});
