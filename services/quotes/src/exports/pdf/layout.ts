/** The page, columns, fonts and colours of the quote PDF, in PDF points (1/72 inch). */

/** A4 portrait. */
export const page = { width: 595.28, height: 841.89, margin: 40 } as const;

/** The lowest point rows may reach; the footer sits below it. */
export const contentBottom = page.height - page.margin - 14;

/** The width between the margins. */
export const contentWidth = page.width - 2 * page.margin;

export const fonts = { regular: 'Helvetica', bold: 'Helvetica-Bold' } as const;

export const colours = {
  text: '#111111',
  muted: '#666666',
  rule: '#cccccc',
  headerFill: '#eeeeee',
  /** Blocking problems and a preview's open contours. */
  warning: '#c2410c',
  /** A part's outline. */
  outer: '#000000',
  /** Holes (closed inner contours). */
  hole: '#4b5563',
  previewFrame: '#dddddd',
} as const;

/** The height of one line row: the preview box, three lines of part facts and one of breaks or problems. */
export const rowHeight = 60;

/** The side of the square a part preview is fitted into. */
export const previewBox = 46;

/** One column of the lines table. */
export interface Column {
  readonly key: 'number' | 'preview' | 'part' | 'quantity' | 'leadTime' | 'unitPrice' | 'lineTotal';
  readonly title: string;
  readonly x: number;
  readonly width: number;
  readonly align: 'left' | 'right';
}

const gap = 4;
const widths: readonly Omit<Column, 'x'>[] = [
  { key: 'number', title: '#', width: 16, align: 'right' },
  { key: 'preview', title: 'Preview', width: previewBox, align: 'left' },
  { key: 'part', title: 'Part', width: 175, align: 'left' },
  { key: 'quantity', title: 'Qty', width: 38, align: 'right' },
  { key: 'leadTime', title: 'Lead time', width: 50, align: 'left' },
  { key: 'unitPrice', title: 'Unit price', width: 78, align: 'right' },
  {
    key: 'lineTotal',
    title: 'Line total',
    width: contentWidth - 16 - previewBox - 175 - 38 - 50 - 78 - 6 * gap,
    align: 'right',
  },
];

/** The columns of the lines table, left to right. */
export const columns: readonly Column[] = widths.reduce<Column[]>((placed, column) => {
  const last = placed[placed.length - 1];
  return [...placed, { ...column, x: last ? last.x + last.width + gap : page.margin }];
}, []);

/** A column by key. */
export function column(key: Column['key']): Column {
  return columns.find((candidate) => candidate.key === key)!;
}
