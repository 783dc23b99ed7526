import { csvDocument } from './csv.ts';
import { eurDecimal, formatMm, leadTimeLabel } from './format.ts';
import type { ExportLine, ExportQuote } from './quote-export.ts';

/** The quantities whose unit price gets a column of its own. */
export const csvBreakQuantities = [1, 10, 50, 100] as const;

interface Column {
  readonly header: string;
  readonly value: (line: ExportLine) => string;
}

const money = (cents: number | null | undefined): string => (cents == null ? '' : eurDecimal(cents));

const problems = (list: ExportLine['blocking']): string =>
  list.map((problem) => `${problem.code}: ${problem.message}`).join('; ');

/** The columns every caller gets: what the external view shows. */
const publicColumns: readonly Column[] = [
  { header: 'Line', value: (line) => String(line.number) },
  { header: 'Part', value: (line) => line.part_name },
  { header: 'Width (mm)', value: (line) => (line.size_mm ? formatMm(line.size_mm.width) : '') },
  { header: 'Height (mm)', value: (line) => (line.size_mm ? formatMm(line.size_mm.height) : '') },
  { header: 'Material', value: (line) => line.material?.name ?? '' },
  { header: 'Thickness (mm)', value: (line) => (line.material ? String(line.material.thickness) : '') },
  { header: 'Quantity', value: (line) => String(line.quantity) },
  { header: 'Lead time', value: (line) => leadTimeLabel(line.lead_time) },
  { header: 'Status', value: (line) => line.status },
  { header: 'Unit price (EUR)', value: (line) => money(line.unit_price_cents) },
  { header: 'Line total (EUR)', value: (line) => money(line.total_cents) },
  ...csvBreakQuantities.map((quantity): Column => ({
    header: `Unit price at ${quantity} (EUR)`,
    value: (line) => money(line.quantity_breaks.find((row) => row.quantity === quantity)?.unit_price_cents),
  })),
  { header: 'Blocking problems', value: (line) => problems(line.blocking) },
  { header: 'Warnings', value: (line) => problems(line.warnings) },
];

/** The columns the shop adds: machine time and every cost term of the price. */
const internalColumns: readonly Column[] = [
  {
    header: 'Machine time (s)',
    // A blocked line is not cut: no machine time, like no cost terms.
    value: (line) => (line.internal?.amounts_cents ? line.internal.machine_time_s.toFixed(1) : ''),
  },
  ...(
    [
      ['Machine (EUR)', 'machine'],
      ['Material cost (EUR)', 'material'],
      ['Setup (EUR)', 'setup'],
      ['Cost subtotal (EUR)', 'subtotal'],
      ['Margin (EUR)', 'margin'],
      ['Minimum charge uplift (EUR)', 'minimum_charge'],
      ['Lead time uplift (EUR)', 'lead_time'],
    ] as const
  ).map(([header, term]): Column => ({
    header,
    value: (line) => money(line.internal?.amounts_cents?.[term]),
  })),
];

/**
 * The quote's lines as a CSV file (a header row, one row per line): the public columns, and for the
 * shop's view the machine time and cost terms after them.
 */
export function quoteCsv(quote: ExportQuote): string {
  const columns = quote.view === 'internal' ? [...publicColumns, ...internalColumns] : publicColumns;
  return csvDocument([
    columns.map((column) => column.header),
    ...quote.lines.map((line) => columns.map((column) => column.value(line))),
  ]);
}
