import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AsciiTagReader } from './ascii-tag-reader.ts';
import { floatSlots, readFloatsByPairs } from './tag-reader.ts';

function readerFor(value: string): AsciiTagReader {
  const r = new AsciiTagReader(new TextEncoder().encode(` 10\n${value}\n`));
  r.next();
  return r;
}

describe('AsciiTagReader', () => {
  it('parses floats exactly like Number() (fast path and fallback)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        for (const s of [String(v), v.toFixed(6), v.toPrecision(12)])
          expect(readerFor(s).float()).toBe(Number(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads nan, inf, 1e309 and empty values as non-finite', () => {
    expect(readerFor('nan').float()).toBeNaN();
    expect(readerFor('1e309').float()).toBe(Infinity);
    expect(readerFor('-1e309').float()).toBe(-Infinity);
    expect(readerFor('').float()).toBeNaN();
    expect(readerFor('  12.5  ').float()).toBe(12.5);
  });

  it('keeps leading blanks in strings and drops the CR of CRLF', () => {
    const r = new AsciiTagReader(new TextEncoder().encode('  8\r\n 1\r\n  0\r\nEOF\r\n'));
    expect(r.next()).toBe(true);
    expect(r.code).toBe(8);
    expect(r.str()).toBe(' 1');
    expect(r.next()).toBe(true);
    expect(r.is('EOF')).toBe(true);
    expect(r.next()).toBe(false);
    expect(r.code).toBe(-1);
  });

  it('finds the end of a value the same way whether a number or the next pair finds it first', () => {
    const text = ' 10\r\n1.5\r\n 20\n2.5\r \n 30\n-3\n 40\n4\r\n 42\n7.25';
    const values: [number, number, string][] = [];
    const r = new AsciiTagReader(new TextEncoder().encode(text));
    while (r.next()) values.push([r.code, r.float(), r.str()]);
    expect(values).toEqual([
      [10, 1.5, '1.5'],
      [20, 2.5, '2.5\r '],
      [30, -3, '-3'],
      [40, 4, '4'],
      [42, 7.25, '7.25'],
    ]);
    // The same pairs skipped without reading their values.
    const codes: number[] = [];
    const skip = new AsciiTagReader(new TextEncoder().encode(text));
    while (skip.next()) codes.push(skip.code);
    expect(codes).toEqual([10, 20, 30, 40, 42]);
  });

  it('decodes UTF-8 names and falls back to Windows-1252', () => {
    const utf8 = new AsciiTagReader(new Uint8Array([0x38, 0x0a, 0xc3, 0xa4, 0x0a]));
    utf8.next();
    expect(utf8.str()).toBe('ä');
    const cp = new AsciiTagReader(new Uint8Array([0x38, 0x0a, 0xe4, 0x80, 0x0a]));
    cp.next();
    expect(cp.str()).toBe('ä€');
  });

  it('repeatedStr gives what str gives, whether the value repeats the last one or only starts like it', () => {
    const value = fc.constantFrom('0', '0 ', 'L1', 'L1\r', 'L12', 'ä', '', ' L1');
    const eol = fc.constantFrom('\n', '\r\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(value, eol, fc.boolean()), { maxLength: 12 }), (pairs) => {
        const text = pairs.map(([v, e, asName]) => `${asName ? 8 : 1}\n${v}${e}`).join('');
        const bytes = new TextEncoder().encode(text);
        const plain = new AsciiTagReader(bytes);
        const cached = new AsciiTagReader(bytes);
        while (plain.next()) {
          expect(cached.next()).toBe(true);
          expect(cached.code).toBe(plain.code);
          // Every other value is asked plainly, so the cached reader's end-of-value state is tested both ways.
          expect(cached.code === 8 ? cached.repeatedStr() : cached.str()).toBe(plain.str());
        }
        expect(cached.next()).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('readFloats reads what next and floatAt read pair by pair, and leaves the same pair current', () => {
    // Codes with slots, skipped codes, stop codes and 0; usual and unusual code lines (blanks after the
    // digits, a missing line break at the end) and values (long, exponent, text, blank).
    const slots = floatSlots([10, 20, 42, -1, 70], [8, 62]);
    const code = fc.constantFrom(
      '10',
      ' 20',
      '  42',
      '   10',
      '70',
      '5',
      ' 5',
      '330',
      '8',
      '62',
      '1071',
      '2000',
      '0',
      '  0',
      '0010',
      '20 ',
      '1 0',
      '',
      '  ',
      '12345678901',
    );
    const value = fc.constantFrom('1.5', '-0.25', ' 7 ', '12.345678901234567', '1e3', 'abc', '', '.5', '3.');
    const eol = fc.constantFrom('\n', '\r\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(code, value, eol), { maxLength: 10 }), fc.boolean(), (pairs, cut) => {
        let text = ' 8\nL\n' + pairs.map(([c, v, e]) => `${c}${e}${v}${e}`).join('');
        if (cut) text = text.trimEnd();
        const bytes = new TextEncoder().encode(text);
        const fast = new AsciiTagReader(bytes);
        const slow = new AsciiTagReader(bytes);
        const outFast = new Float64Array(6).fill(-7);
        const outSlow = new Float64Array(6).fill(-7);
        const run = (r: AsciiTagReader, out: Float64Array): unknown[] => {
          const seen: unknown[] = [];
          try {
            r.next();
            for (;;) {
              const more = r === fast ? r.readFloats(out, 1, slots) : readFloatsByPairs(r, out, 1, slots);
              seen.push(more, r.code, more ? r.str() : null, Array.from(out));
              if (!more || !r.next()) break;
            }
          } catch (err) {
            seen.push(String(err));
          }
          return seen;
        };
        expect(run(fast, outFast)).toEqual(run(slow, outSlow));
      }),
      { numRuns: 1000 },
    );
  });

  it('upperStr gives what str().trim().toUpperCase() gives when the value repeats the last name or only starts like it', () => {
    const value = fc.constantFrom('LINE', 'LINE ', 'LINES', 'LIN', 'line', 'ARC', 'LINE\r', '', ' LINE');
    const eol = fc.constantFrom('\n', '\r\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(value, eol, fc.boolean()), { maxLength: 12 }), (pairs) => {
        const text = pairs.map(([v, e, asName]) => `${asName ? 0 : 1}\n${v}${e}`).join('');
        const bytes = new TextEncoder().encode(text);
        const plain = new AsciiTagReader(bytes);
        const cached = new AsciiTagReader(bytes);
        while (plain.next()) {
          expect(cached.next()).toBe(true);
          const expected = plain.str().trim().toUpperCase();
          expect(cached.code === 0 ? cached.upperStr() : cached.str().trim().toUpperCase()).toBe(expected);
        }
        expect(cached.next()).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('upperStr gives str().trim().toUpperCase()', () => {
    const value = fc.stringMatching(/^[ \tAaZz0_\u00e4\r-]{0,6}$/);
    fc.assert(
      fc.property(value, fc.constantFrom('\n', '\r\n'), (v, e) => {
        const r = new AsciiTagReader(new TextEncoder().encode(`0\n${v}${e}`));
        r.next();
        expect(r.upperStr()).toBe(r.str().trim().toUpperCase());
      }),
      { numRuns: 2000 },
    );
  });

  describe('skipSection', () => {
    const skipFrom = (text: string): AsciiTagReader => {
      const r = new AsciiTagReader(new TextEncoder().encode(text));
      r.next(); // 0 SECTION
      r.next(); // 2 NAME
      return r;
    };

    it('lands on the 0 ENDSEC pair, past values that only look like it', () => {
      const r = skipFrom(
        '  0\nSECTION\n  2\nOBJECTS\n  1\nENDSEC\n  3\nSECTIONS\n  0\nDICTIONARY\n  0\nENDSEC\n  0\nEOF\n',
      );
      expect(r.skipSection()).toBe(true);
      expect(r.code).toBe(0);
      expect(r.is('ENDSEC')).toBe(true);
      expect(r.next()).toBe(true);
      expect(r.is('EOF')).toBe(true);
    });

    it('allows blanks and CRLF as the pair reader does, and stops at a SECTION when ENDSEC is missing', () => {
      const r = skipFrom(
        ' 0\r\nSECTION\r\n 2\r\nTABLES\r\n 70\r\n 1\r\n  0 \r\n SECTION \r\n  2\r\nENTITIES\r\n',
      );
      expect(r.skipSection()).toBe(true);
      expect(r.upperIs('SECTION')).toBe(true);
      expect(r.next()).toBe(true);
      expect(r.code).toBe(2);
      expect(r.str()).toBe('ENTITIES');
    });

    it('answers false without moving when no end is found', () => {
      const r = skipFrom('  0\nSECTION\n  2\nTABLES\n  0\nTABLE\n');
      expect(r.skipSection()).toBe(false);
      expect(r.next()).toBe(true);
      expect(r.is('TABLE')).toBe(true);
    });
  });
});
