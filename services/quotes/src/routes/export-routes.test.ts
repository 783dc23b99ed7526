import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { utf8Bom } from '../exports/csv.ts';
import { eurDecimal, formatEur } from '../exports/format.ts';
import { colours } from '../exports/pdf/layout.ts';
import type { PartSource } from '../ports/part-source.ts';
import { parseCsv } from '../testing/csv-parse.ts';
import { dxfDocument, dxfRectangle, openContourDxf, workedPlateDxf } from '../testing/dxf.ts';
import { pdfPageCount, pdfStreams, pdfTextRuns } from '../testing/pdf-text.ts';
import type { Caller, Json, TestQuotes } from '../testing/test-quotes.ts';
import { callers, openTestQuotes } from '../testing/test-quotes.ts';

let t: TestQuotes;
let material: string;
/** Five acme parts: names with a comma and quotes, a formula, accents, and an open contour. */
let parts: { id: string; name: string }[];
let quote: string;

const partNames = [
  'bracket-a.dxf',
  'plate, "big".dxf',
  '=cmd|calc.dxf',
  'Bürgers Stück.dxf',
  'open-frame.dxf',
] as const;

async function download(caller: Caller | null, path: string): Promise<Response> {
  return t.call(caller, 'GET', path);
}

async function pdfOf(caller: Caller, id: string): Promise<Uint8Array> {
  const response = await download(caller, `/quotes/${id}/export.pdf`);
  await t.contract.assertResponse('exportQuotePdf', response);
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

async function csvOf(caller: Caller, id: string): Promise<string[][]> {
  const response = await download(caller, `/quotes/${id}/export.csv`);
  await t.contract.assertResponse('exportQuoteCsv', response);
  expect(response.status).toBe(200);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  expect(text.startsWith(utf8Bom)).toBe(true);
  return parseCsv(text.slice(utf8Bom.length));
}

/** A draft of `caller`'s company holding `lines` (part ids), 10 off each in 3 mm mild steel. */
async function quoteOf(caller: Caller, name: string, lines: readonly string[]): Promise<string> {
  const id = await t.draft(caller, name);
  for (let i = 0; i < lines.length; i += 250) {
    const added = await t.addLines(
      caller,
      id,
      lines.slice(i, i + 250).map((part_id) => ({ part_id, material_id: material, quantity: 10 })),
    );
    expect(added.status).toBe(201);
  }
  return id;
}

beforeAll(async () => {
  t = await openTestQuotes();
  material = await t.material('mild-steel', 3);
  const drawings = [
    workedPlateDxf(),
    dxfDocument(dxfRectangle(0, 0, 120, 80)),
    dxfDocument(dxfRectangle(0, 0, 60, 40)),
    workedPlateDxf({ twice: true }),
    openContourDxf(),
  ];
  parts = [];
  for (const [index, name] of partNames.entries()) {
    parts.push({ id: await t.addPart('acme', drawings[index]!, { name }), name });
  }
  quote = await quoteOf(
    callers.alice,
    'Brackets / order #7 – März',
    parts.map((part) => part.id),
  );
});
afterAll(() => t.close());

describe('exportQuotePdf', () => {
  it('downloads a PDF with every line, its price and its preview, named after the quote', async () => {
    const response = await download(callers.alice, `/quotes/${quote}/export.pdf`);
    await t.contract.assertResponse('exportQuotePdf', response);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Brackets _ order _7 _ M_rz.pdf"; ` +
        `filename*=UTF-8''Brackets%20_%20order%20%237%20%E2%80%93%20M%C3%A4rz.pdf`,
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const pdf = new Uint8Array(await response.arrayBuffer());
    const raw = Buffer.from(pdf).toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
    console.info(`5-line quote PDF: ${pdf.byteLength} bytes, ${pdfPageCount(pdf)} page(s)`);
    expect(pdfPageCount(pdf)).toBe(1);

    const shown = (await t.op<Json>('getQuote', callers.alice, 'GET', `/quotes/${quote}`)).body;
    const runs = pdfTextRuns(pdf);
    expect(runs).toContain('Brackets / order #7 – März');
    expect(runs).toContain(quote);
    // The customer by name (identity), never its bare id.
    expect(runs).toContain('Acme Brackets');
    expect(runs).not.toContain('acme');
    expect(runs).toContain(shown.valid_until);
    expect(shown.lines).toHaveLength(5);
    for (const line of shown.lines) {
      expect(runs).toContain(line.part_name);
      if (line.status === 'priced') {
        expect(runs).toContain(formatEur(line.unit_price_cents));
        expect(runs).toContain(formatEur(line.total_cents));
      }
    }
    expect(shown.lines[0].part_name).toBe('bracket-a.dxf');
    expect(runs).toContain('200 x 100 mm');
    expect(runs).toContain('120 x 80 mm');
    expect(shown.lines[4].status).toBe('blocked');
    expect(runs.some((run) => run.startsWith('Not priced: open-contour'))).toBe(true);
    expect(runs).toContain(formatEur(shown.totals.total_cents));
    expect(runs).toContain('Total (4 of 5 lines priced)');
    // Every part is ready, so every row has its preview; the open frame is drawn in the warning colour.
    expect(runs).not.toContain('no preview');
    const warning = [1, 3, 5].map((at) => parseInt(colours.warning.slice(at, at + 2), 16) / 255);
    expect(pdfStreams(pdf).join('\n')).toContain(`${warning.join(' ')} SCN`);
  });

  it('grows page by page for a 60-line quote, every line on it', async () => {
    const ids = Array.from({ length: 60 }, (_, index) => parts[index % 4]!.id);
    const long = await quoteOf(callers.alice, 'Sixty lines', ids);
    const pdf = await pdfOf(callers.alice, long);
    const pages = pdfPageCount(pdf);
    console.info(`60-line quote PDF: ${pdf.byteLength} bytes, ${pages} pages`);
    expect(pages).toBeGreaterThanOrEqual(5);
    const runs = pdfTextRuns(pdf);
    for (const part of parts.slice(0, 4)) {
      expect(runs.filter((run) => run === part.name)).toHaveLength(15);
    }
    for (let number = 1; number <= 60; number += 1) expect(runs).toContain(String(number));
    expect(runs).toContain(`Page ${pages} of ${pages}`);
  });

  it('answers 404 for another company, 401 without a token, and serves the shop and services', async () => {
    for (const path of [`/quotes/${quote}/export.pdf`, `/quotes/${quote}/export.csv`]) {
      const operation = path.endsWith('.pdf') ? 'exportQuotePdf' : 'exportQuoteCsv';
      const other = await t.op<Json>(operation, callers.bob, 'GET', path);
      expect(other.status).toBe(404);
      expect(other.body.code).toBe('quote-not-found');
      expect((await t.op(operation, null, 'GET', path)).status).toBe(401);
      for (const caller of [callers.estimator, callers.admin, callers.service]) {
        expect((await download(caller, path)).status).toBe(200);
      }
    }
    const missing = await t.op<Json>('exportQuotePdf', callers.estimator, 'GET', '/quotes/nope/export.pdf');
    expect(missing.status).toBe(404);
  });

  it('answers 503 when the parts service does not answer, and uses no other company’s preview', async () => {
    const withParts = (source: PartSource['previews']) =>
      createApp({ ...t.deps, parts: { ...t.deps.parts, previews: source } });
    const token = await t.token(callers.alice);
    const get = (app: ReturnType<typeof createApp>) =>
      app.request(`/quotes/${quote}/export.pdf`, { headers: { authorization: `Bearer ${token}` } });

    const down = await get(
      withParts(async () => {
        throw new TypeError('fetch failed: parts is down');
      }),
    );
    const problem = (await t.contract.assertResponse('exportQuotePdf', down)) as Json;
    expect(down.status).toBe(503);
    expect(problem.code).toBe('upstream-unavailable');

    const foreign = await get(
      withParts(async (ids) =>
        (await t.deps.parts.previews(ids)).map((preview) => ({ ...preview, company_id: 'nordic' })),
      ),
    );
    expect(foreign.status).toBe(200);
    const runs = pdfTextRuns(new Uint8Array(await foreign.arrayBuffer()));
    expect(runs.filter((run) => run === 'no preview')).toHaveLength(5);
  });

  it('falls back to the company id when identity does not answer, and still serves the PDF', async () => {
    const app = createApp({
      ...t.deps,
      companies: {
        name: async () => {
          throw new TypeError('fetch failed: identity is down');
        },
      },
    });
    const token = await t.token(callers.alice);
    const response = await app.request(`/quotes/${quote}/export.pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    expect(pdfTextRuns(new Uint8Array(await response.arrayBuffer()))).toContain('acme');
  });
});

describe('exportQuoteCsv', () => {
  it('gives customers one row per line with what the external view shows, names intact and defused', async () => {
    const rows = await csvOf(callers.alice, quote);
    const shown = (await t.op<Json>('getQuote', callers.alice, 'GET', `/quotes/${quote}`)).body;
    expect(rows).toHaveLength(6);
    const header = rows[0]!;
    expect(header).toHaveLength(17);
    expect(header.join(' ')).not.toMatch(/cost|margin|machine/i);
    const column = (name: string) => header.indexOf(name);
    expect(rows.slice(1).map((row) => row[column('Part')])).toEqual([
      'bracket-a.dxf',
      'plate, "big".dxf',
      "'=cmd|calc.dxf",
      'Bürgers Stück.dxf',
      'open-frame.dxf',
    ]);
    shown.lines.forEach((line: Json, index: number) => {
      const row = rows[index + 1]!;
      expect(row[column('Quantity')]).toBe('10');
      expect(row[column('Status')]).toBe(line.status);
      expect(row[column('Unit price (EUR)')]).toBe(
        line.unit_price_cents === null ? '' : eurDecimal(line.unit_price_cents),
      );
      expect(row[column('Line total (EUR)')]).toBe(
        line.total_cents === null ? '' : eurDecimal(line.total_cents),
      );
      const at100 = line.quantity_breaks.find((row: Json) => row.quantity === 100);
      expect(row[column('Unit price at 100 (EUR)')]).toBe(at100 ? eurDecimal(at100.unit_price_cents) : '');
    });
    expect(rows[5]![column('Blocking problems')]).toMatch(/^open-contour: /);
  });

  it('adds the machine time and the cost terms for the shop, as the internal view has them', async () => {
    const rows = await csvOf(callers.estimator, quote);
    const shown = (await t.op<Json>('getQuote', callers.estimator, 'GET', `/quotes/${quote}`)).body;
    const header = rows[0]!;
    expect(header).toHaveLength(25);
    const column = (name: string) => header.indexOf(name);
    const amounts = shown.lines[0].breakdown.amounts_cents;
    expect(rows[1]![column('Margin (EUR)')]).toBe(eurDecimal(amounts.margin));
    expect(rows[1]![column('Cost subtotal (EUR)')]).toBe(eurDecimal(amounts.subtotal));
    expect(rows[1]![column('Machine (EUR)')]).toBe(eurDecimal(amounts.machine));
    expect(rows[1]![column('Machine time (s)')]).toBe(shown.lines[0].breakdown.times_s.machine.toFixed(1));
    expect(rows[5]![column('Margin (EUR)')]).toBe('');
    expect(rows[5]![column('Machine time (s)')]).toBe('');
  });
});
