import type { PartPreview } from '../../ports/part-source.ts';
import { formatEur, formatSize, leadTimeLabel } from '../format.ts';
import type { ExportLine } from '../quote-export.ts';
import { drawText } from './draw-text.ts';
import { colours, column, columns, contentWidth, page, previewBox, rowHeight } from './layout.ts';
import { drawPartPreview } from './part-preview.ts';

/** The quantities of the compact quantity-break line. */
export const pdfBreakQuantities: readonly number[] = [1, 10, 50, 100];

/** The height of the lines table's header row. */
export const tableHeaderHeight = 16;

/** Draws the lines table's header row with its top at `y`; returns the y below it. */
export function drawTableHeader(doc: PDFKit.PDFDocument, y: number): number {
  doc.save().rect(page.margin, y, contentWidth, tableHeaderHeight).fill(colours.headerFill).restore();
  for (const col of columns) {
    drawText(doc, col.title, col.x, y + 4, col.width, { size: 8, bold: true, align: col.align });
  }
  return y + tableHeaderHeight;
}

/** `Material name, 3 mm`, or a dash when the line has no material any more. */
function materialLabel(line: ExportLine): string {
  return line.material ? `${line.material.name}, ${line.material.thickness} mm` : 'Material: -';
}

/** The compact quantity-break line, e.g. `Unit price by quantity: 1: EUR 25.00 · 10: EUR 3.31 ...`. */
export function breaksLabel(line: ExportLine): string {
  const rows = pdfBreakQuantities.flatMap((quantity) => {
    const row = line.quantity_breaks.find((candidate) => candidate.quantity === quantity);
    return row ? [`${quantity}: ${formatEur(row.unit_price_cents)}`] : [];
  });
  return rows.length > 0 ? `Unit price by quantity  ${rows.join('  \u00b7  ')}` : '';
}

/** The problems that block a line, e.g. `Not priced: open-contour: The outline does not close.` */
export function blockingLabel(line: ExportLine): string {
  const problems = line.blocking.map((problem) => `${problem.code}: ${problem.message}`);
  return `Not priced: ${problems.length > 0 ? problems.join('; ') : 'blocked'}`;
}

/**
 * Draws one line of the quote as a table row with its top at `y`: number, preview, part name, size,
 * material, quantity, lead time, unit price and line total, then the quantity breaks, or the problems
 * that block it. Returns the y below the row.
 */
export function drawLineRow(
  doc: PDFKit.PDFDocument,
  line: ExportLine,
  preview: PartPreview | null,
  y: number,
): number {
  const top = y + 5;
  const part = column('part');
  const cell = (key: Parameters<typeof column>[0], text: string, colour?: string) => {
    const col = column(key);
    drawText(doc, text, col.x, top, col.width, { size: 8.5, align: col.align, colour });
  };
  cell('number', String(line.number));
  drawPartPreview(doc, preview, { x: column('preview').x, y: top, size: previewBox });
  drawText(doc, line.part_name, part.x, top, part.width, { size: 9, bold: true });
  drawText(doc, line.size_mm ? formatSize(line.size_mm) : 'Size unknown', part.x, top + 12, part.width, {
    size: 8,
    colour: colours.muted,
  });
  drawText(doc, materialLabel(line), part.x, top + 22, part.width, { size: 8 });
  cell('quantity', String(line.quantity));
  cell('leadTime', leadTimeLabel(line.lead_time));
  const priced = line.status === 'priced' && line.unit_price_cents !== null && line.total_cents !== null;
  cell('unitPrice', priced ? formatEur(line.unit_price_cents!) : '-');
  cell(
    'lineTotal',
    priced ? formatEur(line.total_cents!) : 'not priced',
    priced ? undefined : colours.warning,
  );
  const detailWidth = page.margin + contentWidth - part.x;
  if (priced) {
    drawText(doc, breaksLabel(line), part.x, top + 34, detailWidth, { size: 7.5, colour: colours.muted });
  } else {
    drawText(doc, blockingLabel(line), part.x, top + 34, detailWidth, {
      size: 7.5,
      colour: colours.warning,
      lines: 2,
    });
  }
  const bottom = y + rowHeight;
  doc
    .save()
    .lineWidth(0.4)
    .strokeColor(colours.rule)
    .moveTo(page.margin, bottom)
    .lineTo(page.margin + contentWidth, bottom)
    .stroke()
    .restore();
  return bottom;
}
