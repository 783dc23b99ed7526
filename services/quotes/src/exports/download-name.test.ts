import { describe, expect, it } from 'vitest';
import { attachmentDisposition, encodedFileName, safeFileName } from './download-name.ts';

describe('download names', () => {
  it('keeps letters, digits, space, dot, underscore and hyphen and replaces the rest', () => {
    expect(safeFileName('Brackets 2026-03_v2.1', 'q1')).toBe('Brackets 2026-03_v2.1');
    expect(safeFileName('Bürgers "best" / ../etc\\passwd', 'q1')).toBe('B_rgers _best_ _ .._etc_passwd');
    expect(safeFileName('a;b"c\r\nd', 'q1')).toBe('a_b_c__d');
    expect(safeFileName('  ..hidden.  ', 'q1')).toBe('hidden');
  });

  it('falls back to the quote id when nothing readable is left, and cuts long names', () => {
    expect(safeFileName('日本語', 'qt-0001')).toBe('quote-qt-0001');
    expect(safeFileName('...', 'qt-0001')).toBe('quote-qt-0001');
    expect(safeFileName('x'.repeat(300), 'q1')).toHaveLength(100);
  });

  it('percent-encodes the name as written for filename*, without separators or control characters', () => {
    expect(encodedFileName('Bürgers (v2)', 'q1')).toBe('B%C3%BCrgers%20%28v2%29');
    expect(encodedFileName("it's a/b\\c*", 'q1')).toBe('it%27s%20a_b_c%2A');
    expect(encodedFileName('日本', 'q1')).toBe('%E6%97%A5%E6%9C%AC');
    expect(encodedFileName('bad \ud800 surrogate', 'q1')).toBe('bad%20_%20surrogate');
    expect(encodedFileName('\u0001', 'q1')).toBe('_');
    expect(encodedFileName('..', 'q1')).toBe('quote-q1');
  });

  it('offers both names as an attachment', () => {
    expect(attachmentDisposition('Brackets "März"', 'qt-1', 'pdf')).toBe(
      `attachment; filename="Brackets _M_rz_.pdf"; filename*=UTF-8''Brackets%20%22M%C3%A4rz%22.pdf`,
    );
    expect(attachmentDisposition('日本', 'qt-1', 'csv')).toBe(
      `attachment; filename="quote-qt-1.csv"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.csv`,
    );
  });
});
