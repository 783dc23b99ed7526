import type { ExportLine, ExportQuote } from '../exports/quote-export.ts';
import type { PartPreview } from '../ports/part-source.ts';

/** The QUOTING.md worked check's breaks: 1 / 10 / 50 / 100 off in 3 mm mild steel. */
export const workedBreaks: ExportLine['quantity_breaks'] = [
  { quantity: 1, unit_price_cents: 2500, total_cents: 2500 },
  { quantity: 10, unit_price_cents: 331, total_cents: 3307 },
  { quantity: 50, unit_price_cents: 181, total_cents: 9050 },
  { quantity: 100, unit_price_cents: 162, total_cents: 16200 },
];

/** A priced export line (10 off the worked plate), with fields replaced by `fields`. */
export function exportLine(number: number, fields: Partial<ExportLine> = {}): ExportLine {
  return {
    number,
    part_id: `part-${number}`,
    part_name: `bracket-${number}.dxf`,
    size_mm: { width: 200, height: 100 },
    material: { name: 'Mild steel', quality: 'mild-steel', thickness: 3 },
    quantity: 10,
    lead_time: 'standard',
    units: null,
    status: 'priced',
    unit_price_cents: 331,
    total_cents: 3307 + number,
    quantity_breaks: workedBreaks,
    blocking: [],
    warnings: [],
    internal: null,
    ...fields,
  };
}

/** A draft quote of `acme` in the customers' view with `count` priced lines. */
export function exportQuote(count: number, fields: Partial<ExportQuote> = {}): ExportQuote {
  const lines = Array.from({ length: count }, (_, index) => exportLine(index + 1));
  return {
    view: 'external',
    id: 'qt-0001',
    name: 'Brackets for line 3',
    company_id: 'acme',
    status: 'draft',
    currency: 'EUR',
    created_at: '2026-03-01T10:00:00.000Z',
    updated_at: '2026-03-02T11:30:00.000Z',
    valid_until: '2026-03-31',
    sent_at: null,
    accepted_at: null,
    total_cents: lines.reduce((sum, line) => sum + (line.total_cents ?? 0), 0),
    line_count: lines.length,
    blocked_line_count: 0,
    lines,
    ...fields,
  };
}

/** A 200 x 100 mm plate with a hole and an open chain, as the parts service would draw it. */
export function platePreview(id: string, company = 'acme'): PartPreview {
  return {
    id,
    company_id: company,
    bbox: [0, 0, 200, 100],
    truncated: false,
    paths: [
      { kind: 'outer', d: 'M0 0L200 0L200 100L0 100Z' },
      { kind: 'hole', d: 'M10 10L20 10L20 20L10 20Z' },
      { kind: 'open', d: 'M50 50L100 50L100 80' },
    ],
  };
}
