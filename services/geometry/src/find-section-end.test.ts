import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSectionEnd } from './find-section-end.ts';

/** The definition: the first line from `from` on that is ENDSEC or SECTION after a line `0` (blanks and CR allowed). */
function reference(text: string, from: number): number {
  const lines: [number, string][] = [];
  for (let at = 0; at <= text.length;) {
    const lf = text.indexOf('\n', at);
    const end = lf < 0 ? text.length : lf;
    lines.push([
      at,
      text
        .slice(at, end)
        .replace(/\r$/, '')
        .replace(/^[ \t]+|[ \t]+$/g, ''),
    ]);
    if (lf < 0) break;
    at = lf + 1;
  }
  for (let i = 1; i < lines.length; i++) {
    const [start, line] = lines[i] as [number, string];
    if (start >= from && (line === 'ENDSEC' || line === 'SECTION') && lines[i - 1]?.[1] === '0') return start;
  }
  return -1;
}

describe('findSectionEnd', () => {
  it('finds the first 0 ENDSEC or 0 SECTION pair, as the definition does', () => {
    const line = fc.constantFrom(
      '0',
      '  0',
      '0 ',
      '10',
      'ENDSEC',
      ' ENDSEC\t',
      'SECTION',
      'SECTIONS',
      'NOENDSEC',
      'ENDSECT',
      'N',
      'EN',
      'TABLES',
      'SECTION\r',
      'AcDbSymbolTable',
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 14 }),
        fc.constantFrom('\n', '\r\n'),
        fc.nat(40),
        fc.nat(5),
        (lines, eol, cut, offset) => {
          const text = lines.join(eol);
          // The reader searches from the end of a value line (its line break).
          const from = Math.max(0, text.indexOf('\n', Math.min(cut, text.length)));
          // The bytes as a view that starts inside its buffer (as a Node Buffer from a pool does).
          const bytes = new TextEncoder().encode('N'.repeat(offset) + text).subarray(offset);
          expect(findSectionEnd(bytes, from, bytes.length)).toBe(reference(text, from));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
