import { describe, expect, it } from 'vitest';
import { parseCsv } from '../testing/csv-parse.ts';
import { csvDocument, csvField, csvRecord, utf8Bom } from './csv.ts';

describe('CSV fields (RFC 4180)', () => {
  it('leaves plain text alone and quotes commas, quotes and line breaks', () => {
    expect(csvField('bracket.dxf')).toBe('bracket.dxf');
    expect(csvField('')).toBe('');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rlf\r\n')).toBe('"cr\rlf\r\n"');
    expect(csvField('ünïcode 日本 😀')).toBe('ünïcode 日本 😀');
  });

  it('defuses text a spreadsheet would run as a formula with a leading single quote', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+33 1 23')).toBe("'+33 1 23");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvField('\t=cmd')).toBe("'\t=cmd");
    expect(csvField('=HYPERLINK("http://evil.test","click")')).toBe(
      '"\'=HYPERLINK(""http://evil.test"",""click"")"',
    );
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    expect(csvField('a=1')).toBe('a=1');
    expect(csvField("'quoted")).toBe("'quoted");
  });

  it('writes a BOM, comma-separated records and CRLF after every record, and reads back the same', () => {
    const records = [
      ['Line', 'Part'],
      ['1', 'a, "b"\nc'],
      ['2', ''],
    ];
    const text = csvDocument(records);
    expect(text.startsWith(utf8Bom)).toBe(true);
    expect(text).toBe(`${utf8Bom}Line,Part\r\n1,"a, ""b""\nc"\r\n2,\r\n`);
    expect(parseCsv(text.slice(1))).toEqual(records);
    expect(csvRecord(['=x', 'y'])).toBe("'=x,y");
  });
});
