import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AsciiTagReader } from './ascii-tag-reader.ts';
import { Word } from './tag-reader.ts';

const VERTEX = new Word('VERTEX');
const SEQEND = new Word('SEQEND');

/** Comparing a value with a word: `is`, `isWord` and the line-end search they share (`ascii-lines.ts`). */
describe('AsciiTagReader words', () => {
  it('is gives the comparison of the blank-trimmed value, whether or not its end is known yet', () => {
    const value = fc.constantFrom(
      'ENDSEC',
      'ENDSEC ',
      ' ENDSEC',
      '\tENDSEC',
      'ENDSE',
      'ENDSECX',
      'EOF',
      'endsec',
      '',
    );
    fc.assert(
      fc.property(value, fc.constantFrom('\n', '\r\n', '\r\r\n', ''), fc.boolean(), (v, e, known) => {
        fc.pre(v !== '' || e !== '');
        const bytes = new TextEncoder().encode(`0\n${v}${e}${e ? '  0\nEOF\n' : ''}`);
        const ref = new AsciiTagReader(bytes);
        ref.next();
        const trimmed = ref.str().replace(/^[ \t]+|[ \t]+$/g, '');
        for (const word of ['ENDSEC', 'EOF', '']) {
          const r = new AsciiTagReader(bytes);
          r.next();
          if (known) r.str();
          expect(r.is(word)).toBe(trimmed === word);
          // The value's end, found by the comparison or not, leaves the reader at the same next pair.
          expect(r.next()).toBe(e !== '');
          if (e) expect(r.str()).toBe('EOF');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('isWord gives what is gives, and leaves the reader at the same next pair', () => {
    const value = fc.constantFrom(
      'VERTEX',
      'VERTEX ',
      ' VERTEX',
      '\tVERTEX',
      'VERTE',
      'VERT',
      'VER',
      'VERTEXX',
      'VERTEY',
      'vertex',
      'SEQEND',
      '',
    );
    fc.assert(
      fc.property(value, fc.constantFrom('\n', '\r\n', '\r\r\n', ''), fc.boolean(), (v, e, known) => {
        fc.pre(v !== '' || e !== '');
        const bytes = new TextEncoder().encode(`0\n${v}${e}${e ? '  0\nEOF\n' : ''}`);
        for (const word of [VERTEX, SEQEND]) {
          const ref = new AsciiTagReader(bytes);
          ref.next();
          const r = new AsciiTagReader(bytes);
          r.next();
          if (known) r.str();
          expect(r.isWord(word)).toBe(ref.is(word.str));
          expect(r.next()).toBe(e !== '');
          if (e) expect(r.str()).toBe('EOF');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuses words that a 32-bit read cannot compare', () => {
    for (const bad of ['EOF', ' ABCD', 'ÄBCD', '']) expect(() => new Word(bad)).toThrow();
  });

  it('finds line ends across word boundaries and in a view that starts inside its buffer', () => {
    for (let offset = 0; offset < 5; offset++)
      for (let len = 0; len < 11; len++) {
        const value = 'abcdefghijk'.slice(0, len);
        const text = `${'#'.repeat(offset)}  8\n${value}\n  0\nEOF\n`;
        const bytes = new TextEncoder().encode(text).subarray(offset);
        const r = new AsciiTagReader(bytes);
        r.next();
        r.next(); // skips the value without reading it
        expect(r.code).toBe(0);
        expect(r.str()).toBe('EOF');
        const s = new AsciiTagReader(bytes);
        s.next();
        expect(s.str()).toBe(value);
      }
  });
});
