import PDFDocument from 'pdfkit';
import type { PartPreview } from '../../ports/part-source.ts';
import type { QuoteStatus } from '../../ports/records.ts';
import { formatEur, isoDate } from '../format.ts';
import type { ExportQuote } from '../quote-export.ts';
import { drawText } from './draw-text.ts';
import { colours, contentBottom, contentWidth, page, rowHeight } from './layout.ts';
import { drawLineRow, drawTableHeader } from './line-row.ts';

/** The shop's name at the top of every page. */
export const shopName = 'Kerf Laser Shop';

const statusLabels: Readonly<Record<QuoteStatus, string>> = {
  draft: 'Draft',
  sent: 'Sent',
  accepted: 'Accepted',
  expired: 'Expired',
};

/** The room the totals take below the table. */
const totalsHeight = 58;

/**
 * The quote as an A4 PDF: the shop's header, the quote's name, id, dates, customer and status, a
 * table with one row per line (preview, part, size, material, quantity, lead time, unit price, line
 * total, quantity breaks or blocking problems), the total, and `Page i of n` on every page. Rows never
 * split: a row that does not fit starts a new page, which repeats a short header and the table header.
 *
 * It shows what the customers' view shows whatever the quote's view (no cost, rate, margin or machine
 * time). The output depends only on its inputs: the document dates are the quote's own.
 */
export function renderQuotePdf(
  quote: ExportQuote,
  previews: ReadonlyMap<string, PartPreview>,
  customer: string,
): Promise<Uint8Array<ArrayBuffer>> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: page.margin,
    bufferPages: true,
    info: {
      Title: `Quote ${quote.name}`,
      Author: shopName,
      Subject: `Quote ${quote.id}`,
      Creator: 'Kerf quotes',
      CreationDate: new Date(quote.created_at),
      ModDate: new Date(quote.updated_at),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Uint8Array.from(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  let y = drawTableHeader(doc, drawFirstHeader(doc, quote, customer));
  const newPage = () => {
    doc.addPage();
    y = drawTableHeader(doc, drawContinuationHeader(doc, quote));
  };
  if (quote.lines.length === 0) {
    drawText(doc, 'This quote has no lines.', page.margin, y + 8, contentWidth, { size: 9 });
    y += 24;
  }
  for (const line of quote.lines) {
    if (y + rowHeight > contentBottom) newPage();
    y = drawLineRow(doc, line, previews.get(line.part_id) ?? null, y);
  }
  if (y + totalsHeight > contentBottom) newPage();
  drawTotals(doc, quote, y + 10);
  drawFooters(doc, quote);
  doc.end();
  return done;
}

/** The first page's header; returns the y where the table starts. */
function drawFirstHeader(doc: PDFKit.PDFDocument, quote: ExportQuote, customer: string): number {
  const { margin } = page;
  drawText(doc, shopName, margin, margin, contentWidth / 2, { size: 16, bold: true });
  drawText(doc, 'Quote', margin + contentWidth / 2, margin, contentWidth / 2, {
    size: 16,
    bold: true,
    align: 'right',
    colour: colours.muted,
  });
  drawText(doc, quote.name, margin, margin + 28, contentWidth, { size: 13, bold: true, lines: 2 });
  const details: [string, string][] = [
    ['Quote number', quote.id],
    ['Customer', customer],
    ['Status', statusLabels[quote.status]],
    ['Created', isoDate(quote.created_at)],
    ['Valid until', quote.valid_until],
    ...(quote.sent_at ? [['Sent', isoDate(quote.sent_at)] as [string, string]] : []),
    ...(quote.accepted_at ? [['Accepted', isoDate(quote.accepted_at)] as [string, string]] : []),
  ];
  const top = margin + 64;
  const half = contentWidth / 2;
  details.forEach(([label, value], index) => {
    const x = margin + (index < 3 ? 0 : half);
    const y = top + (index < 3 ? index : index - 3) * 13;
    drawText(doc, label, x, y, 80, { size: 9, colour: colours.muted });
    drawText(doc, value, x + 82, y, half - 90, { size: 9 });
  });
  return top + 4 * 13 + 6;
}

/** The short header of the pages after the first; returns the y where the table starts. */
function drawContinuationHeader(doc: PDFKit.PDFDocument, quote: ExportQuote): number {
  const { margin } = page;
  drawText(doc, shopName, margin, margin, 150, { size: 10, bold: true });
  drawText(doc, `${quote.name} (${quote.id}), continued`, margin + 155, margin, contentWidth - 155, {
    size: 9,
    align: 'right',
    colour: colours.muted,
  });
  return margin + 20;
}

/** The total and what it leaves out, with their top at `y`. */
function drawTotals(doc: PDFKit.PDFDocument, quote: ExportQuote, y: number): void {
  const { margin } = page;
  const priced = quote.line_count - quote.blocked_line_count;
  const label = `Total (${priced} of ${quote.line_count} ${quote.line_count === 1 ? 'line' : 'lines'} priced)`;
  drawText(doc, label, margin, y, contentWidth - 150, { size: 11, bold: true });
  drawText(doc, formatEur(quote.total_cents), margin + contentWidth - 150, y, 150, {
    size: 11,
    bold: true,
    align: 'right',
  });
  let next = y + 18;
  if (quote.blocked_line_count > 0) {
    const count = quote.blocked_line_count;
    drawText(
      doc,
      `${count} ${count === 1 ? 'line is' : 'lines are'} not priced and not in the total.`,
      margin,
      next,
      contentWidth,
      {
        size: 8.5,
        colour: colours.warning,
      },
    );
    next += 13;
  }
  drawText(doc, `Prices in EUR. Valid until ${quote.valid_until}.`, margin, next, contentWidth, {
    size: 8.5,
    colour: colours.muted,
  });
}

/** `Page i of n` and the quote on every page, below the content. */
function drawFooters(doc: PDFKit.PDFDocument, quote: ExportQuote): void {
  const range = doc.bufferedPageRange();
  const y = page.height - page.margin;
  for (let index = range.start; index < range.start + range.count; index += 1) {
    doc.switchToPage(index);
    drawText(doc, `${shopName} \u00b7 Quote ${quote.id}`, page.margin, y, contentWidth / 2, {
      size: 7.5,
      colour: colours.muted,
    });
    drawText(
      doc,
      `Page ${index + 1} of ${range.count}`,
      page.margin + contentWidth / 2,
      y,
      contentWidth / 2,
      {
        size: 7.5,
        colour: colours.muted,
        align: 'right',
      },
    );
  }
}
