import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { demo, expectNoSeriousA11yViolations, signIn } from './support.ts';

const fixtures = path.resolve(process.env.KERF_FIXTURES ?? '../shared/fixtures/dxf');
/** Closed contours with known units: the first one prices in mild steel (the others may warn). */
const files = ['sky-dimensions.dxf', 'sky-arrayed-holes-inch.dxf', 'ez-forms.dxf'];
const corpusPresent = () => files.every((name) => existsSync(path.join(fixtures, name)));
const suffix = `${Date.now().toString(36)}`;
const unsafe = { 'x-kerf-request': '1' };

interface Line {
  id: string;
  part_name: string;
  material_id: string;
  total_cents: number | null;
}
interface Quote {
  id: string;
  name: string;
  status: string;
  lines: Line[];
  totals: { total_cents: number };
}

/** Uploads the corpus files with tus calls, as the browser's client does, and answers their part ids. */
async function uploadParts(page: Page): Promise<string[]> {
  await page.goto('/quotes');
  await signIn(page, demo.estimator.email);
  await expect(page.getByRole('table', { name: 'Quotes' })).toBeVisible();
  const batch = `e2e-quotes-${suffix}-${Math.random().toString(36).slice(2, 8)}`;
  const b64 = (value: string) => Buffer.from(value).toString('base64');
  for (const name of files) {
    const bytes = readFileSync(path.join(fixtures, name));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const created = await page.request.post('/api/uploads', {
      headers: {
        ...unsafe,
        'tus-resumable': '1.0.0',
        'upload-length': String(bytes.length),
        'upload-metadata': [
          `filename ${b64(name)}`,
          `filetype ${b64('application/dxf')}`,
          `sha256 ${b64(sha256)}`,
          `batch ${b64(batch)}`,
        ].join(','),
        'content-type': 'application/offset+octet-stream',
      },
      data: bytes,
    });
    expect(created.status()).toBe(201);
  }
  let parts: { name: string; status: string; part_id: string | null }[] = [];
  await expect
    .poll(
      async () => {
        const response = await page.request.get(`/api/uploads/batches/${batch}?since=0`);
        parts = ((await response.json()) as { items: typeof parts }).items;
        return parts.filter((part) => part.status === 'ready').length;
      },
      { timeout: 60_000 },
    )
    .toBe(files.length);
  return files.map((name) => parts.find((part) => part.name === name)!.part_id!);
}

async function createMaterial(request: APIRequestContext, name: string, price: number): Promise<string> {
  const response = await request.post('/api/catalog/materials', {
    headers: unsafe,
    data: { name, quality: 'mild-steel', thickness: 3, price_per_kg: price, is_active: true },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function createQuote(request: APIRequestContext, name: string, parts: string[], material: string) {
  const created = await request.post('/api/quotes/quotes', { headers: unsafe, data: { name } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as Quote;
  const lines = parts.map((part_id) => ({
    part_id,
    material_id: material,
    quantity: 1000,
    lead_time: 'standard',
  }));
  const added = await request.post(`/api/quotes/quotes/${id}/lines`, { headers: unsafe, data: { lines } });
  expect(added.status()).toBe(201);
  return id;
}

async function readQuote(request: APIRequestContext, id: string): Promise<Quote> {
  const response = await request.get(`/api/quotes/quotes/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Quote;
}

const linesTable = (page: Page) => page.getByRole('table', { name: 'Quote lines' });
const lineRow = (page: Page, name: string) =>
  linesTable(page)
    .locator('xpath=./tbody/tr')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });

test.describe('quotes', () => {
  test.beforeEach(() => {
    test.skip(!corpusPresent(), `no DXF corpus at ${fixtures}`);
  });

  test('an estimator prices a quote, renames it, reloads and finds it unchanged, downloads the PDF', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const parts = await uploadParts(page);
    const material = await createMaterial(page.request, `E2E quote steel ${suffix}`, 1.2);
    const id = await createQuote(page.request, `E2E quote ${suffix}`, parts, material);

    await page.goto(`/quotes/${id}`);
    await expect(page.getByRole('heading', { level: 1, name: `E2E quote ${suffix}` })).toBeVisible();
    await expect(page.locator('.k-status')).toHaveText('Draft');
    await expect(linesTable(page).locator('xpath=./tbody/tr')).toHaveCount(files.length);

    // The seeded mild steel, then a thicker sheet of it, re-prices the first line.
    const first = lineRow(page, files[0]!);
    const total = first.locator('td[data-column="total"]');
    await expect(total).toContainText('€');
    const before = await total.textContent();
    await first.getByRole('combobox', { name: 'Material' }).selectOption({ label: 'Mild steel' });
    const thickness = first.getByRole('combobox', { name: 'Thickness' });
    await expect(thickness.locator('option')).not.toHaveCount(1);
    await thickness.selectOption({ label: '5 mm' });
    await expect(thickness).toHaveValue(/.+/);
    await expect(total).not.toHaveText(before!, { timeout: 10_000 });
    await expect(first.locator('.k-money').first()).toContainText('€');

    // Quantity is checked next to the field.
    const quantity = first.getByRole('spinbutton', { name: 'Quantity' });
    await quantity.fill('0');
    await expect(first).toContainText('Enter a whole number from 1 to 100,000.');
    await quantity.fill('25');
    await expect(first.getByRole('spinbutton', { name: 'Quantity' })).toHaveValue('25');
    await expect.poll(async () => (await readQuote(page.request, id)).lines[0]?.total_cents).not.toBeNull();

    // Breaks and breakdown open from the keyboard.
    await first.getByRole('button', { name: /quantity breaks of/ }).press('Enter');
    await expect(first.getByRole('group', { name: 'Quantity breaks' })).toBeVisible();
    await page.keyboard.press('Escape');
    await first.getByRole('button', { name: `Price breakdown of ${files[0]}` }).click();
    await expect(first.getByRole('group', { name: 'What the price is made of' })).toContainText(
      'Machine time',
    );
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('Quote name').fill(`E2E renamed ${suffix}`);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `E2E renamed ${suffix}` })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const saved = await readQuote(page.request, id);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: `E2E renamed ${suffix}` })).toBeVisible();
    await expect(lineRow(page, files[0]!).getByRole('spinbutton', { name: 'Quantity' })).toHaveValue('25');
    expect(await readQuote(page.request, id)).toEqual(saved);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download PDF' }).click();
    const file = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of file) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The list shows it, and its state lives in the URL.
    await page.getByRole('link', { name: 'Quotes', exact: true }).click();
    await page.getByLabel('Search by name').fill(`renamed ${suffix}`);
    await expect(page).toHaveURL(new RegExp(`search=renamed`));
    const list = page.getByRole('table', { name: 'Quotes' });
    await expect(list.locator('tbody tr')).toHaveCount(1);
    await expect(list).toContainText('Draft');
    await expectNoSeriousA11yViolations(page);
    await list.getByRole('link', { name: `E2E renamed ${suffix}` }).click();
    await expect(page).toHaveURL(new RegExp(`/quotes/${id}$`));
  });

  test('a material price change re-prices an open draft live, never a sent quote', async ({ page }) => {
    test.setTimeout(120_000);
    const parts = await uploadParts(page);
    const material = await createMaterial(page.request, `E2E live steel ${suffix}`, 1.2);
    const draft = await createQuote(page.request, `E2E live draft ${suffix}`, parts.slice(0, 1), material);
    const sent = await createQuote(page.request, `E2E live sent ${suffix}`, parts.slice(0, 1), material);
    const send = await page.request.patch(`/api/quotes/quotes/${sent}`, {
      headers: unsafe,
      data: { status: 'sent' },
    });
    expect(send.status()).toBe(200);
    const sentBefore = await readQuote(page.request, sent);

    await page.goto(`/quotes/${sent}`);
    await expect(page.getByText('This quote was sent and can no longer change.')).toBeVisible();
    await expect(linesTable(page).getByRole('spinbutton', { name: 'Quantity' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);

    await page.goto(`/quotes/${draft}`);
    const total = page.locator('.k-totals [role="status"]');
    await expect(total).toContainText('€');
    const before = await total.textContent();
    const changed = await page.request.patch(`/api/catalog/materials/${material}`, {
      headers: unsafe,
      data: { price_per_kg: 40 },
    });
    expect(changed.status()).toBe(200);
    await expect(total).not.toHaveText(before!, { timeout: 30_000 });
    expect(await readQuote(page.request, sent)).toEqual(sentBefore);
  });
});
