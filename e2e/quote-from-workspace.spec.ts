import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { demo, expectNoSeriousA11yViolations, signIn } from './support.ts';

const fixtures = path.resolve(process.env.KERF_FIXTURES ?? '../shared/fixtures/dxf');
/** Five corpus parts with units in their files, so none waits for a units choice. */
const files = [
  'lz-square-200-4holes.dxf',
  'lz-gusset-3mm.dxf',
  'lz-bracket-280x140-bulge.dxf',
  'lz-hexagon.dxf',
  'lib-flange-d300.dxf',
];

test('an external engineer drops 5 parts, saves them as a quote with a material, reloads and reopens it unchanged', async ({
  page,
}) => {
  test.skip(!files.every((f) => existsSync(path.join(fixtures, f))), `no DXF corpus at ${fixtures}`);
  test.setTimeout(120_000);
  await page.goto('/quotes/new');
  await signIn(page, demo.alice.email);
  await expect(page).toHaveURL(/\/quotes\/new$/);
  await page.getByLabel('DXF files').setInputFiles(files.map((f) => path.join(fixtures, f)));
  const parts = page.getByRole('table', { name: 'Parts' });
  await expect(parts.locator('tbody tr[data-state="ready"]')).toHaveCount(files.length, { timeout: 60_000 });

  const panel = page.getByRole('region', { name: 'Save as a quote' });
  await expect(panel).toContainText('5 processed parts will become lines.');
  await panel.getByLabel('Quote name').fill('Brackets for line 3');
  await panel.getByRole('combobox', { name: 'Material' }).selectOption({ index: 3 });
  await panel.getByRole('spinbutton', { name: 'Quantity' }).fill('10');
  await panel.getByRole('button', { name: 'Create quote' }).click();

  await expect(page).toHaveURL(/\/quotes\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Brackets for line 3' })).toBeVisible();
  const lines = page.getByRole('table', { name: 'Quote lines' }).locator('xpath=./tbody/tr');
  await expect(lines).toHaveCount(files.length);
  await expect(lines.first().locator('td[data-column="total"]')).toContainText('€');
  const totals = () => lines.locator('td[data-column="total"]').allTextContents();
  const before = await totals();
  const grandTotal = await page.locator('.k-totals').textContent();
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expect(lines).toHaveCount(files.length);
  await expect(lines.first().locator('td[data-column="total"]')).toContainText('€');
  await expect.poll(totals).toEqual(before);
  await expect(page.locator('.k-totals')).toHaveText(grandTotal!);

  await page.getByRole('link', { name: 'Quotes', exact: true }).click();
  await page
    .getByRole('table', { name: 'Quotes' })
    .getByRole('link', { name: 'Brackets for line 3' })
    .click();
  await expect(lines).toHaveCount(files.length);
  await expect.poll(totals).toEqual(before);
});
