/**
 * The PDF uses the standard Helvetica fonts, which show the WinAnsi (Windows-1252) characters only.
 * Text from outside (part names from DXF files, quote names) is drawn as plain text after
 * {@link pdfText}: nothing in it is interpreted, and a character the font cannot show becomes `?`
 * rather than another glyph.
 */

/** The characters of Windows-1252 bytes 0x80-0x9F, by Unicode code point, and their byte. */
export const winAnsiSpecials: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80],
  [0x201a, 0x82],
  [0x0192, 0x83],
  [0x201e, 0x84],
  [0x2026, 0x85],
  [0x2020, 0x86],
  [0x2021, 0x87],
  [0x02c6, 0x88],
  [0x2030, 0x89],
  [0x0160, 0x8a],
  [0x2039, 0x8b],
  [0x0152, 0x8c],
  [0x017d, 0x8e],
  [0x2018, 0x91],
  [0x2019, 0x92],
  [0x201c, 0x93],
  [0x201d, 0x94],
  [0x2022, 0x95],
  [0x2013, 0x96],
  [0x2014, 0x97],
  [0x02dc, 0x98],
  [0x2122, 0x99],
  [0x0161, 0x9a],
  [0x203a, 0x9b],
  [0x0153, 0x9c],
  [0x017e, 0x9e],
  [0x0178, 0x9f],
]);

/** Whether Helvetica can show this code point. */
export function isWinAnsi(codePoint: number): boolean {
  return (
    (codePoint >= 0x20 && codePoint <= 0x7e) ||
    (codePoint >= 0xa0 && codePoint <= 0xff) ||
    winAnsiSpecials.has(codePoint)
  );
}

/**
 * Text as the PDF draws it: line breaks, tabs and other control characters become spaces, characters
 * the font cannot show (other scripts, emoji, lone surrogates, direction overrides) become `?`.
 */
export function pdfText(text: string): string {
  let out = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) out += ' ';
    else out += isWinAnsi(codePoint) ? char : '?';
  }
  return out;
}
