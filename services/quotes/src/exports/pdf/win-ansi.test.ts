import { describe, expect, it } from 'vitest';
import { isWinAnsi, pdfText, winAnsiSpecials } from './win-ansi.ts';

describe('text for the standard PDF fonts', () => {
  it('keeps ASCII, Latin-1 and the Windows-1252 specials', () => {
    expect(pdfText('Bracket (v2) \\ 50% [x] <y> /F1 Tj')).toBe('Bracket (v2) \\ 50% [x] <y> /F1 Tj');
    expect(pdfText('Bürgers Stück à 3,50 € – “ok” …')).toBe('Bürgers Stück à 3,50 € – “ok” …');
    expect(isWinAnsi(0x20ac)).toBe(true);
    expect(winAnsiSpecials.size).toBe(27);
  });

  it('turns control characters into spaces and what the font cannot show into ?', () => {
    expect(pdfText('a\nb\tc\rd\u0000e\u0085f')).toBe('a b c d e f');
    expect(pdfText('日本 😀 Ω')).toBe('?? ? ?');
    expect(pdfText('evil\u202Etxt.exe')).toBe('evil?txt.exe');
    expect(pdfText('lone \ud800 surrogate')).toBe('lone ? surrogate');
  });
});
