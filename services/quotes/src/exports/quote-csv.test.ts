import { describe, expect, it } from 'vitest';
import { parseCsv } from '../testing/csv-parse.ts';
import { exportLine, exportQuote } from '../testing/export-fixtures.ts';
import { utf8Bom } from './csv.ts';
import { quoteCsv } from './quote-csv.ts';

const publicHeader = [
  'Line',
  'Part',
  'Width (mm)',
  'Height (mm)',
  'Material',
  'Thickness (mm)',
  'Quantity',
  'Lead time',
  'Status',
  'Unit price (EUR)',
  'Line total (EUR)',
  'Unit price at 1 (EUR)',
  'Unit price at 10 (EUR)',
  'Unit price at 50 (EUR)',
  'Unit price at 100 (EUR)',
  'Blocking problems',
  'Warnings',
];

const costs = {
  machine_time_s: 164.66,
  amounts_cents: {
    machine: 1111,
    material: 2222,
    setup: 833,
    subtotal: 4166,
    margin: 987,
    minimum_charge: 0,
    lead_time: 5,
  },
};

function read(csv: string): string[][] {
  expect(csv.startsWith(utf8Bom)).toBe(true);
  return parseCsv(csv.slice(utf8Bom.length));
}

describe('quoteCsv', () => {
  it('has a header row and one row per line with the public columns for customers', () => {
    const rows = read(quoteCsv(exportQuote(3)));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(publicHeader);
    expect(rows[1]).toEqual([
      '1',
      'bracket-1.dxf',
      '200',
      '100',
      'Mild steel',
      '3',
      '10',
      'Standard',
      'priced',
      '3.31',
      '33.08',
      '25.00',
      '3.31',
      '1.81',
      '1.62',
      '',
      '',
    ]);
  });

  it('never has a cost column for customers, even when the lines carry costs', () => {
    const quote = exportQuote(1, { view: 'external' });
    const csv = quoteCsv({ ...quote, lines: [exportLine(1, { internal: costs })] });
    const rows = read(csv);
    expect(rows[0]).toEqual(publicHeader);
    for (const secret of ['11.11', '22.22', '41.66', '9.87', '164.7', 'Margin', 'Machine', 'Cost']) {
      expect(csv).not.toContain(secret);
    }
  });

  it('adds the machine time and every cost term for the shop', () => {
    const quote = exportQuote(1, { view: 'internal' });
    const rows = read(quoteCsv({ ...quote, lines: [exportLine(1, { internal: costs })] }));
    expect(rows[0]).toEqual([
      ...publicHeader,
      'Machine time (s)',
      'Machine (EUR)',
      'Material cost (EUR)',
      'Setup (EUR)',
      'Cost subtotal (EUR)',
      'Margin (EUR)',
      'Minimum charge uplift (EUR)',
      'Lead time uplift (EUR)',
    ]);
    expect(rows[1]!.slice(publicHeader.length)).toEqual([
      '164.7',
      '11.11',
      '22.22',
      '8.33',
      '41.66',
      '9.87',
      '0.00',
      '0.05',
    ]);
  });

  it('quotes names with commas, quotes and line breaks and defuses formulas, reading back exactly', () => {
    const names = [
      'a, b.dxf',
      'say "hi".dxf',
      'two\r\nlines.dxf',
      '=HYPERLINK("http://evil.test")',
      '+1',
      '-1',
      '@x',
    ];
    const quote = exportQuote(0, {
      lines: names.map((part_name, index) => exportLine(index + 1, { part_name })),
    });
    const csv = quoteCsv(quote);
    const rows = read(csv);
    expect(rows.map((row) => row[1])).toEqual([
      'Part',
      'a, b.dxf',
      'say "hi".dxf',
      'two\r\nlines.dxf',
      `'=HYPERLINK("http://evil.test")`,
      "'+1",
      "'-1",
      "'@x",
    ]);
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.test"")"');
  });

  it('leaves prices empty and names the problems of a blocked line', () => {
    const blocked = exportLine(1, {
      status: 'blocked',
      unit_price_cents: null,
      total_cents: null,
      quantity_breaks: [],
      material: null,
      size_mm: null,
      blocking: [
        { code: 'open-contour', severity: 'error', message: 'The outline does not close.' },
        { code: 'material-not-found', severity: 'error', message: 'No such material.' },
      ],
      warnings: [{ code: 'units-unknown', severity: 'warning', message: 'Units were guessed.' }],
    });
    const rows = read(quoteCsv(exportQuote(0, { lines: [blocked] })));
    expect(rows[1]).toEqual([
      '1',
      'bracket-1.dxf',
      '',
      '',
      '',
      '',
      '10',
      'Standard',
      'blocked',
      '',
      '',
      '',
      '',
      '',
      '',
      'open-contour: The outline does not close.; material-not-found: No such material.',
      'units-unknown: Units were guessed.',
    ]);
  });
});
