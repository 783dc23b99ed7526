import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasDxfMarker, sniffFormat } from './sniff-format.ts';

const bytes = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));

/** The rule as it was first written: a Latin-1 decode and a multi-line regular expression. */
const byRegex = (head: Uint8Array): boolean =>
  /^[ \t]*(SECTION|EOF|LINE|ENDSEC)[ \t]*\r?$/m.test(new TextDecoder('latin1').decode(head));

describe('hasDxfMarker', () => {
  it('finds a marker line between blanks, with LF, CRLF or CR line ends, at the start or the end', () => {
    expect(hasDxfMarker(bytes('  0\nSECTION\n'))).toBe(true);
    expect(hasDxfMarker(bytes('999\r\ncomment\r\n  0\r\n\tENDSEC \r\n'))).toBe(true);
    expect(hasDxfMarker(bytes('0\rLINE\r8\r0'))).toBe(true);
    expect(hasDxfMarker(bytes('0\nEOF'))).toBe(true);
  });

  it('rejects keywords inside longer lines, lower case, and text without any', () => {
    expect(hasDxfMarker(bytes('0\nLINETYPE\n'))).toBe(false);
    expect(hasDxfMarker(bytes('0\nsection\n'))).toBe(false);
    expect(hasDxfMarker(bytes('0\nA SECTION\n'))).toBe(false);
    expect(hasDxfMarker(bytes(''))).toBe(false);
  });

  it('agrees with the regular expression on generated heads', () => {
    const piece = fc.constantFrom(
      'SECTION',
      'EOF',
      'LINE',
      'ENDSEC',
      'LINES',
      'x',
      ' ',
      '\t',
      '\n',
      '\r',
      '0',
      '\u00e9',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const head = bytes(parts.join(''));
        expect(hasDxfMarker(head)).toBe(byRegex(head));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sniffFormat', () => {
  it('tells ASCII DXF (start at the first digit after a byte-order mark and blanks), binary DXF and other files apart', () => {
    expect(sniffFormat(bytes('\u00ef\u00bb\u00bf\n  0\nSECTION\n'))).toEqual({ kind: 'ascii', start: 6 });
    expect(sniffFormat(bytes('AutoCAD Binary DXF\r\n\u001a\u0000'))).toEqual({ kind: 'binary' });
    expect(sniffFormat(bytes('AC1027xxxx'))).toMatchObject({
      kind: 'not-a-dxf',
      reason: expect.stringContaining('DWG'),
    });
    expect(sniffFormat(bytes('  0\nCIRCLE\n'))).toMatchObject({
      kind: 'not-a-dxf',
      reason: expect.stringContaining('no DXF section'),
    });
    const utf16 = new Uint8Array(Buffer.from('  0\nSECTION\n', 'utf16le'));
    expect(sniffFormat(utf16)).toMatchObject({ kind: 'not-a-dxf', reason: 'this is UTF-16 text' });
    expect(sniffFormat(bytes('hello\n'))).toMatchObject({
      kind: 'not-a-dxf',
      reason: expect.stringContaining('group code'),
    });
  });
});
