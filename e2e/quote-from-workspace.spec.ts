import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
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
/** What each row gets in the workspace: family, thickness, quantity (null: keep 1). */
const choices = [
  { family: 'Mild steel', thickness: '3 mm', quantity: '10' },
  { family: 'Mild steel', thickness: '5 mm', quantity: null },
  { family: 'Stainless steel', thickness: '2 mm', quantity: '25' },
  { family: 'Aluminium', thickness: '3 mm', quantity: null },
  { family: 'Mild steel', thickness: '2 mm', quantity: '4' },
];

/** Euro amounts of a text ("€1,234.50" -> 123450 cents), for comparing totals across pages. */
const cents = (text: string | null) => Math.round(Number((text ?? '').replace(/[^0-9.]/g, '')) * 100);

async function pick(row: Locator, choice: (typeof choices)[number]) {
  await row.getByRole('combobox', { name: 'Material' }).selectOption({ label: choice.family });
  const thickness = row.getByRole('combobox', { name: 'Thickness' });
  await expect(thickness).toBeEnabled();
  await thickness.selectOption({ label: choice.thickness });
  if (choice.quantity) await row.getByRole('spinbutton', { name: 'Quantity' }).fill(choice.quantity);
}

test('an external engineer drops 5 parts, picks materials per row in the workspace, sees prices, saves, reloads and reopens the quote unchanged', async ({
  page,
}) => {
  test.skip(!files.every((f) => existsSync(path.join(fixtures, f))), `no DXF corpus at ${fixtures}`);
  test.setTimeout(150_000);
  await page.goto('/quotes/new');
  await signIn(page, demo.alice.email);
  await expect(page).toHaveURL(/\/quotes\/new$/);
  await page.getByLabel('DXF files').setInputFiles(files.map((f) => path.join(fixtures, f)));
  const parts = page.getByRole('table', { name: 'Parts' });
  const rows = parts.locator('tbody tr[data-key]');
  await expect(parts.locator('tbody tr[data-state="ready"]')).toHaveCount(files.length, { timeout: 60_000 });

  const panel = page.getByRole('region', { name: 'Save as a quote' });
  await expect(panel.getByRole('button', { name: 'Create quote' })).toBeDisabled();
  const row = (name: string) => rows.filter({ has: page.getByRole('cell', { name, exact: true }) });

  // No material yet: no weight, no price.
  await expect(row(files[0]!).locator('td[data-column="weight"]')).toHaveText('—');
  await expect(row(files[0]!).locator('td[data-column="total"]')).toHaveText('—');

  for (const [index, file] of files.entries()) await pick(row(file), choices[index]!);

  // Bulk apply: the last two rows, selected, go express.
  for (const file of files.slice(3)) await page.getByRole('checkbox', { name: `Select ${file}` }).check();
  const bulk = page.getByRole('region', { name: '2 selected' });
  await bulk.getByRole('combobox', { name: 'Lead time' }).selectOption({ label: 'Express' });
  await bulk.getByRole('button', { name: 'Apply to selected' }).click();
  for (const file of files.slice(3))
    await expect(row(file).getByRole('combobox', { name: 'Lead time' })).toHaveValue('express');
  await expect(row(files[0]!).getByRole('combobox', { name: 'Lead time' })).toHaveValue('standard');

  // A quantity that is not a whole number is refused next to the field, then corrected.
  const quantity = row(files[1]!).getByRole('spinbutton', { name: 'Quantity' });
  await quantity.fill('2.5');
  await expect(row(files[1]!)).toContainText('Enter a whole number from 1 to 100,000.');
  await quantity.fill('50');
  await expect(row(files[1]!)).not.toContainText('Enter a whole number');

  // Every row is priced: weight in kg, unit price, line total; the breaks open from the keyboard.
  for (const file of files) {
    const shown = row(file);
    await expect(shown.locator('td[data-column="unit-price"]')).toHaveAttribute('data-state', 'ready', {
      timeout: 15_000,
    });
    await expect(shown.locator('td[data-column="total"]')).toContainText('€');
    await expect(shown.locator('td[data-column="weight"]')).toContainText('kg');
  }
  await expect(row(files[1]!).getByRole('spinbutton', { name: 'Quantity' })).toHaveValue('50');

  // A reload mid-way keeps the uploads and every row's choices, which are priced again.
  const chosen = () =>
    Promise.all(
      files.map(async (file) => ({
        material: await row(file).getByRole('combobox', { name: 'Material' }).inputValue(),
        thickness: await row(file).getByRole('combobox', { name: 'Thickness' }).inputValue(),
        quantity: await row(file).getByRole('spinbutton', { name: 'Quantity' }).inputValue(),
        leadTime: await row(file).getByRole('combobox', { name: 'Lead time' }).inputValue(),
      })),
    );
  const beforeReload = await chosen();
  expect(beforeReload.map((c) => c.quantity)).toEqual(['10', '50', '25', '1', '4']);
  await page.reload();
  await expect(parts.locator('tbody tr[data-state="ready"]')).toHaveCount(files.length, { timeout: 30_000 });
  for (const [index, file] of files.entries()) {
    await expect(row(file).getByRole('combobox', { name: 'Thickness' })).toHaveValue(
      beforeReload[index]!.thickness,
    );
  }
  expect(await chosen()).toEqual(beforeReload);
  for (const [index, choice] of choices.entries()) {
    await expect(
      row(files[index]!).getByRole('combobox', { name: 'Thickness' }).locator('option:checked'),
    ).toHaveText(choice.thickness);
  }
  for (const file of files)
    await expect(row(file).locator('td[data-column="unit-price"]')).toHaveAttribute('data-state', 'ready', {
      timeout: 15_000,
    });

  const first = row(files[0]!);
  await first.getByRole('button', { name: /quantity breaks of/ }).press('Enter');
  await expect(first.getByRole('group', { name: 'Quantity breaks' })).toContainText('100');
  await page.keyboard.press('Escape');

  const totals = page.locator('.k-totals');
  await expect(totals).toContainText('5 lines');
  await expect(totals).toHaveAttribute('data-state', 'idle');
  const rowTotals = await Promise.all(
    files.map((f) => row(f).locator('td[data-column="total"]').textContent()),
  );
  const workspaceTotal = cents(await totals.locator('.k-totals__total').textContent());
  expect(workspaceTotal).toBe(rowTotals.reduce((sum, text) => sum + cents(text), 0));
  await expectNoSeriousA11yViolations(page);

  await expect(panel).toContainText('5 rows with a material will become lines.');
  await panel.getByLabel('Quote name').fill('Brackets for line 3');
  await panel.getByRole('button', { name: 'Create quote' }).click();

  await expect(page).toHaveURL(/\/quotes\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Brackets for line 3' })).toBeVisible();
  const lines = page.getByRole('table', { name: 'Quote lines' }).locator('xpath=./tbody/tr');
  await expect(lines).toHaveCount(files.length);
  await expect(lines.first().locator('td[data-column="total"]')).toContainText('€');
  // The saved lines carry each row's own choices and the prices the workspace showed. Lines follow
  // the workspace's row order, which the reload above may have changed: compare them by part.
  const byPart = (values: (string | undefined)[]) => Object.fromEntries(files.map((f, i) => [f, values[i]]));
  const quantities = () =>
    lines.evaluateAll((trs) =>
      Object.fromEntries(
        trs.map((tr) => [
          tr.querySelector('th')?.textContent?.trim(),
          (tr.querySelector('input[type=number]') as HTMLInputElement | null)?.value,
        ]),
      ),
    );
  await expect.poll(quantities).toEqual(byPart(['10', '50', '25', '1', '4']));
  const leadTimes = () =>
    lines.evaluateAll((trs) =>
      Object.fromEntries(
        trs.map((tr) => [
          tr.querySelector('th')?.textContent?.trim(),
          Array.from(tr.querySelectorAll('select'))
            .map((select) => select.value)
            .at(-1),
        ]),
      ),
    );
  await expect.poll(leadTimes).toEqual(byPart(['standard', 'standard', 'standard', 'express', 'express']));
  const lineTotals = () => lines.locator('td[data-column="total"]').allTextContents();
  const before = await lineTotals();
  expect(cents((await page.locator('.k-totals .k-totals__total').textContent()) ?? '')).toBe(workspaceTotal);
  const grandTotal = await page.locator('.k-totals').textContent();
  await expectNoSeriousA11yViolations(page);

  await page.reload();
  await expect(lines).toHaveCount(files.length);
  await expect(lines.first().locator('td[data-column="total"]')).toContainText('€');
  await expect.poll(lineTotals).toEqual(before);
  await expect.poll(quantities).toEqual(byPart(['10', '50', '25', '1', '4']));
  await expect(page.locator('.k-totals')).toHaveText(grandTotal!);

  await page.getByRole('link', { name: 'Quotes', exact: true }).click();
  await page
    .getByRole('table', { name: 'Quotes' })
    .getByRole('link', { name: 'Brackets for line 3' })
    .click();
  await expect(lines).toHaveCount(files.length);
  await expect.poll(lineTotals).toEqual(before);
  await expect.poll(quantities).toEqual(byPart(['10', '50', '25', '1', '4']));
});
