import { colours, fonts } from './layout.ts';
import { pdfText } from './win-ansi.ts';

/** How one piece of text is set. */
export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly colour?: string;
  readonly align?: 'left' | 'right' | 'center';
  /** Lines it may take before it is cut with an ellipsis (1 by default). */
  readonly lines?: number;
}

/**
 * Draws text in a box of `width` at (x, y), cut with an ellipsis after `style.lines` lines, never
 * flowing onto another page. The text goes through {@link pdfText} first: it is drawn, never
 * interpreted.
 */
export function drawText(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  width: number,
  style: TextStyle,
): void {
  doc
    .font(style.bold ? fonts.bold : fonts.regular)
    .fontSize(style.size)
    .fillColor(style.colour ?? colours.text)
    .text(pdfText(text), x, y, {
      width,
      height: style.size * 1.25 * (style.lines ?? 1),
      ellipsis: true,
      align: style.align ?? 'left',
      lineGap: 0,
    });
}
