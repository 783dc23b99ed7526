import { describe, expect, it } from 'vitest';
import { exportLine, exportQuote, platePreview } from '../../testing/export-fixtures.ts';
import { pdfPageCount, pdfStreams, pdfText, pdfTextRuns } from '../../testing/pdf-text.ts';
import { formatEur } from '../format.ts';
import { colours } from './layout.ts';
import { renderQuotePdf } from './quote-pdf.ts';

const latin1 = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1');

/** How pdfkit writes a stroke colour into a content stream. */
function strokeOperator(hex: string): string {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  return `${channels.join(' ')} SCN`;
}

describe('renderQuotePdf', () => {
  it('writes a valid A4 PDF with the header, every line with its prices and breaks, and the total', async () => {
    const quote = exportQuote(5);
    const pdf = await renderQuotePdf(quote, new Map([['part-1', platePreview('part-1')]]), 'Acme Brackets');
    expect(latin1(pdf.subarray(0, 5))).toBe('%PDF-');
    expect(latin1(pdf.subarray(-7)).trimEnd().endsWith('%%EOF')).toBe(true);
    expect(latin1(pdf)).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(pdfPageCount(pdf)).toBe(1);
    const runs = pdfTextRuns(pdf);
    for (const text of [
      'Kerf Laser Shop',
      'Brackets for line 3',
      'qt-0001',
      'Acme Brackets',
      'Draft',
      '2026-03-01',
      '2026-03-31',
      'Page 1 of 1',
    ]) {
      expect(runs).toContain(text);
    }
    for (const line of quote.lines) {
      expect(runs).toContain(line.part_name);
      expect(runs).toContain(formatEur(line.total_cents!));
    }
    expect(runs.filter((run) => run === 'EUR 3.31')).toHaveLength(5);
    expect(runs).toContain('200 x 100 mm');
    expect(runs).toContain('Mild steel, 3 mm');
    expect(runs).toContain(
      'Unit price by quantity  1: EUR 25.00  \u00b7  10: EUR 3.31  \u00b7  50: EUR 1.81  \u00b7  100: EUR 1.62',
    );
    expect(runs).toContain('Total (5 of 5 lines priced)');
    expect(runs).toContain(formatEur(quote.total_cents));
    expect(runs.filter((run) => run === 'no preview')).toHaveLength(4);
  });

  it('draws the preview: outline, hole and, in the warning colour, the open contour', async () => {
    const pdf = await renderQuotePdf(
      exportQuote(1),
      new Map([['part-1', platePreview('part-1')]]),
      'Acme Brackets',
    );
    const content = pdfStreams(pdf).join('\n');
    expect(content).toContain(strokeOperator(colours.outer));
    expect(content).toContain(strokeOperator(colours.hole));
    expect(content.split(strokeOperator(colours.warning))).toHaveLength(2);
    // The 200 x 100 plate fills the 40 mm wide inner box: 200 mm -> 40 pt, so 1 mm = 0.2 pt.
    expect(content).toMatch(/63 216 m\n103 216 l\n103 196 l\n63 196 l\nh/);
  });

  it('is the same byte for byte every time, dated from the quote', async () => {
    const quote = exportQuote(3);
    const first = await renderQuotePdf(quote, new Map([['part-2', platePreview('part-2')]]), 'Acme Brackets');
    const second = await renderQuotePdf(
      quote,
      new Map([['part-2', platePreview('part-2')]]),
      'Acme Brackets',
    );
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const text = latin1(first);
    const dated = (key: string) => {
      const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(text)?.[1];
      return new RegExp(`\\n${ref} 0 obj\\n\\((D:\\d+Z)\\)`).exec(text)?.[1];
    };
    expect(dated('CreationDate')).toBe('D:20260301100000Z');
    expect(dated('ModDate')).toBe('D:20260302113000Z');
  });

  it('breaks long quotes over pages, repeating the table header and numbering every page', async () => {
    const small = await renderQuotePdf(exportQuote(5), new Map(), 'Acme Brackets');
    const long = exportQuote(60);
    const pdf = await renderQuotePdf(long, new Map(), 'Acme Brackets');
    const pages = pdfPageCount(pdf);
    expect(pdfPageCount(small)).toBe(1);
    expect(pages).toBeGreaterThanOrEqual(5);
    const runs = pdfTextRuns(pdf);
    for (const line of long.lines) expect(runs).toContain(line.part_name);
    for (let page = 1; page <= pages; page += 1) expect(runs).toContain(`Page ${page} of ${pages}`);
    expect(runs.filter((run) => run === 'Line total')).toHaveLength(pages);
    expect(runs.filter((run) => run === 'Brackets for line 3 (qt-0001), continued')).toHaveLength(pages - 1);
  });

  it('shows why a blocked line has no price and leaves it out of the total', async () => {
    const blocked = exportLine(2, {
      status: 'blocked',
      unit_price_cents: null,
      total_cents: null,
      quantity_breaks: [],
      blocking: [{ code: 'open-contour', severity: 'error', message: 'The outline does not close.' }],
    });
    const quote = exportQuote(3, { blocked_line_count: 1 });
    const pdf = await renderQuotePdf(
      { ...quote, lines: [quote.lines[0]!, blocked, quote.lines[2]!] },
      new Map(),
      'Acme Brackets',
    );
    const runs = pdfTextRuns(pdf);
    expect(runs).toContain('Not priced: open-contour: The outline does not close.');
    expect(runs).toContain('not priced');
    expect(runs).toContain('Total (2 of 3 lines priced)');
    expect(runs).toContain('1 line is not priced and not in the total.');
  });

  it('draws names from drawings as text, never as PDF operators, and shows no cost in any view', async () => {
    const hostile = '(x) Tj ET BT /F1 99 Tf \\ 日本 %%EOF';
    const quote = exportQuote(1, { view: 'internal' });
    const line = exportLine(1, {
      part_name: hostile,
      internal: {
        machine_time_s: 164.7,
        amounts_cents: {
          machine: 1111,
          material: 2222,
          setup: 833,
          subtotal: 4166,
          margin: 987,
          minimum_charge: 0,
          lead_time: 0,
        },
      },
    });
    const pdf = await renderQuotePdf({ ...quote, lines: [line] }, new Map(), 'Acme Brackets');
    const runs = pdfTextRuns(pdf);
    expect(runs).toContain('(x) Tj ET BT /F1 99 Tf \\ ?? %%EOF');
    expect(pdfPageCount(pdf)).toBe(1);
    const text = pdfText(pdf);
    for (const secret of ['11.11', '22.22', '8.33', '41.66', '9.87', '164.7', 'Margin', 'Machine', 'Cost']) {
      expect(text).not.toContain(secret);
    }
  });

  it('says so when a quote has no lines', async () => {
    const pdf = await renderQuotePdf(exportQuote(0), new Map(), 'Acme Brackets');
    expect(pdfTextRuns(pdf)).toContain('This quote has no lines.');
    expect(pdfTextRuns(pdf)).toContain('Total (0 of 0 lines priced)');
  });
});
