import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { demo, expectNoSeriousA11yViolations, signIn } from './support.ts';

/** A suffix that keeps this run's materials apart from the seed and from other runs. */
const tag = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Opens `path`, signing in on the way (the guard sends the user back to `path` afterwards). */
async function openSignedIn(page: Page, path: string, email: string): Promise<void> {
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in\?redirect=/);
  await signIn(page, email);
  // Compare parsed URLs: the sign-in page's own URL ends with `?redirect=/materials` too.
  const target = new URL(path, 'http://kerf.invalid');
  await expect(page).toHaveURL(
    (url) =>
      url.pathname === target.pathname && url.searchParams.toString() === target.searchParams.toString(),
  );
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Creates a material through the BFF with the page's session, as the estimator's browser would. */
async function createMaterial(request: APIRequestContext, name: string, thickness = 7): Promise<string> {
  const response = await request.post('/api/catalog/materials', {
    headers: { 'X-Kerf-Request': '1' },
    data: { name, quality: 'mild-steel', thickness, price_per_kg: 1.3, is_active: true },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const materialsTable = (page: Page) => page.getByRole('table', { name: 'Materials' });
const range = (page: Page) => page.getByRole('navigation', { name: 'Pages of materials' }).locator('p');
const bodyRows = (page: Page) => materialsTable(page).locator('tbody tr');

test.describe('materials for the estimator', () => {
  test('pages through, orders and filters the seeded catalog; a reload keeps the table state', async ({
    page,
  }) => {
    await openSignedIn(page, '/materials', demo.estimator.email);
    await expect(page.getByRole('heading', { level: 1, name: 'Materials' })).toBeVisible();
    await expect(range(page)).toHaveText(/^1–20 of \d+$/);
    await expect(bodyRows(page)).toHaveCount(20);

    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page).toHaveURL(/[?&]offset=20\b/);
    await expect(range(page)).toHaveText(/^21–\d+ of \d+$/);
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect(range(page)).toHaveText(/^1–20 of \d+$/);

    const thickness = materialsTable(page).getByRole('columnheader', { name: /Thickness/ });
    await thickness.getByRole('button').click();
    await expect(page).toHaveURL(/ordering=thickness$/);
    await expect(thickness).toHaveAttribute('aria-sort', 'ascending');
    await materialsTable(page)
      .getByRole('columnheader', { name: /Name/ })
      .getByRole('button')
      .click({ modifiers: ['Shift'] });
    await expect(page).toHaveURL(/ordering=thickness%2Cname|ordering=thickness,name/);
    await thickness.getByRole('button').click();
    await expect(thickness).toHaveAttribute('aria-sort', 'descending');
    await expect(bodyRows(page).first().locator('td').nth(2)).toHaveText('10 mm');

    await page.getByLabel('Quality').selectOption({ label: 'Stainless steel' });
    await expect(page).toHaveURL(/quality=stainless/);
    await page.getByLabel('Search').fill('stain');
    await expect(page).toHaveURL(/search=stain/);
    await expect(range(page)).toHaveText(/^1–8 of 8$/);
    await expect(bodyRows(page).locator('td:first-child')).toHaveText(Array(8).fill('Stainless steel'));

    await page.getByLabel('Status').selectOption({ label: 'Inactive' });
    await expect(page).toHaveURL(/active=false/);
    await expect(materialsTable(page)).toContainText('No materials match these filters.');
    await page.getByLabel('Status').selectOption({ label: 'All' });
    await expect(range(page)).toHaveText(/^1–8 of 8$/);

    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    await expect(page.getByLabel('Search')).toHaveValue('stain');
    await expect(page.getByLabel('Quality')).toHaveValue('stainless');
    await expect(range(page)).toHaveText(/^1–8 of 8$/);
    await expect(materialsTable(page).getByRole('columnheader', { name: /Thickness/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(bodyRows(page).first().locator('td').nth(2)).toHaveText('10 mm');
  });

  test('creates, edits, deactivates and deletes a material, with messages next to the fields', async ({
    page,
  }) => {
    const name = `E2E S355 ${tag()}`;
    await openSignedIn(page, '/materials', demo.estimator.email);
    await page.getByRole('button', { name: 'New material' }).click();
    const dialog = page.getByRole('dialog', { name: 'New material' });
    await expect(dialog).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByLabel('Thickness')).toHaveAccessibleDescription(/Enter the thickness/);

    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Quality').selectOption({ label: 'Mild steel' });
    await dialog.getByLabel('Thickness').fill('1000');
    await dialog.getByLabel('Price per kg').fill('1.35');
    await dialog.getByRole('button', { name: 'Save' }).click();
    // The service's 400 names body.thickness; the form shows it next to the field.
    await expect(dialog.getByLabel('Thickness')).toHaveAccessibleDescription(/above 0 and up to 100 mm/);
    await expect(dialog.getByLabel('Name')).not.toHaveAttribute('aria-invalid', 'true');

    await dialog.getByLabel('Thickness').fill('7');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Material saved.' })).toBeVisible();

    await page.getByLabel('Search').fill(name);
    await expect(bodyRows(page)).toHaveCount(1);
    const row = bodyRows(page).first();
    await expect(row).toContainText('7 mm');
    await expect(row).toContainText('€1.35/kg');

    await row.getByRole('button', { name: 'Edit' }).click();
    const editor = page.getByRole('dialog', { name: `Edit ${name}` });
    await editor.getByLabel('Name').fill(`${name} edited`);
    await editor.getByLabel('Price per kg').fill('1.5');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect(editor).toBeHidden();
    await expect(row.locator('td').first()).toHaveText(`${name} edited`);
    await expect(row).toContainText('€1.50/kg');

    await row.getByRole('button', { name: 'Deactivate' }).click();
    await expect(row).toContainText('Inactive');
    await expect(row.getByRole('button', { name: 'Deactivate' })).toHaveCount(0);

    await row.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete material?' });
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(confirm).toBeHidden();
    await expect(materialsTable(page)).toContainText('No materials match these filters.');
  });

  test('a material that quote lines use cannot be deleted, and says so', async ({ page }) => {
    const name = `E2E used ${tag()}`;
    await openSignedIn(page, '/materials', demo.estimator.email);
    const id = await createMaterial(page.request, name);
    const reference = await page.request.put(
      `/api/catalog/materials/${id}/references/quote-line:e2e-${tag()}`,
      {
        headers: { 'X-Kerf-Request': '1' },
      },
    );
    expect(reference.status()).toBe(204);

    await page.getByLabel('Search').fill(name);
    await expect(bodyRows(page)).toHaveCount(1);
    await bodyRows(page).first().getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete material?' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(confirm.getByRole('alert')).toContainText('Deactivate it instead.');
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(bodyRows(page)).toHaveCount(1);
  });
});

test.describe('cutting parameters', () => {
  test('the estimator reads and edits speed and pierce time per quality and thickness', async ({ page }) => {
    await openSignedIn(page, '/cutting-parameters?quality=aluminium', demo.estimator.email);
    await expect(page.getByRole('heading', { level: 1, name: 'Cutting parameters' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Cutting parameters' });
    await expect(table.locator('tbody tr')).toHaveCount(8);
    const row = table
      .locator('tbody tr')
      .filter({ has: page.locator('td:nth-child(2)', { hasText: /^10 mm$/ }) });
    await row.getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Aluminium, 10 mm' });
    const speed = dialog.getByLabel('Speed');
    const before = await speed.inputValue();
    await speed.fill('560');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText('560 mm/min');
    // Put the seed value back for the other journeys.
    await row.getByRole('button', { name: 'Edit' }).click();
    await dialog.getByLabel('Speed').fill(before);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  });
});

test.describe('customers', () => {
  test('see active materials without prices and cannot reach the admin pages (UI and API)', async ({
    page,
  }) => {
    await openSignedIn(page, '/materials', demo.alice.email);
    await expect(bodyRows(page).first()).toBeVisible();
    const headers = materialsTable(page).getByRole('columnheader');
    await expect(headers).toHaveText([/Name/, /Quality/, /Thickness/, /Density/]);
    await expect(page.getByRole('button', { name: 'New material' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);
    await expect(page.getByLabel('Status')).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText([
      'Quotes',
      'New quote',
      'Materials',
    ]);

    await page.goto('/cutting-parameters');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page).toHaveURL(/\/cutting-parameters$/);

    const parameters = await page.request.get('/api/catalog/cutting-parameters');
    expect(parameters.status()).toBe(403);
    const rates = await page.request.get('/api/catalog/shop-rates');
    expect(rates.status()).toBe(403);
    const create = await page.request.post('/api/catalog/materials', {
      headers: { 'X-Kerf-Request': '1' },
      data: { name: 'Sneaky', quality: 'mild-steel', thickness: 2, price_per_kg: 0.1, is_active: true },
    });
    expect(create.status()).toBe(403);
    const list = await page.request.get('/api/catalog/materials?limit=200');
    expect(list.status()).toBe(200);
    const body = (await list.json()) as { items: Record<string, unknown>[] };
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) {
      expect(item).not.toHaveProperty('price_per_kg');
      expect(item.is_active).toBe(true);
    }
  });
});

test.describe('live updates', () => {
  test("an estimator's change appears in another browser without a reload", async ({ browser }) => {
    const name = `E2E live ${tag()}`;
    const estimator = await browser.newContext();
    const admin = await browser.newContext();
    try {
      const editing = await estimator.newPage();
      const watching = await admin.newPage();
      const path = `/materials?search=${encodeURIComponent(name)}`;
      await openSignedIn(editing, '/materials', demo.estimator.email);
      await createMaterial(editing.request, name);
      await editing.goto(path);
      await openSignedIn(watching, path, demo.admin.email);
      await expect(bodyRows(watching).first().locator('td').first()).toHaveText(name);
      // A marker that a reload would wipe out.
      await watching.evaluate(() => Object.assign(window, { kerfNoReload: true }));

      await bodyRows(editing).first().getByRole('button', { name: 'Edit' }).click();
      const dialog = editing.getByRole('dialog', { name: `Edit ${name}` });
      await dialog.getByLabel('Name').fill(`${name} renamed`);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog).toBeHidden();

      await expect(bodyRows(watching).first().locator('td').first()).toHaveText(`${name} renamed`);
      expect(await watching.evaluate(() => (window as { kerfNoReload?: boolean }).kerfNoReload)).toBe(true);
    } finally {
      await estimator.close();
      await admin.close();
    }
  });
});

test.describe('accessibility of the catalog pages', () => {
  test('materials (estimator and customer) and cutting parameters pass axe', async ({ page, browser }) => {
    await openSignedIn(page, '/materials', demo.estimator.email);
    await expect(bodyRows(page)).toHaveCount(20);
    await expectNoSeriousA11yViolations(page);
    await page.goto('/cutting-parameters');
    await expect(
      page.getByRole('table', { name: 'Cutting parameters' }).locator('tbody tr').first(),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    const customer = await browser.newContext();
    try {
      const alice = await customer.newPage();
      await openSignedIn(alice, '/materials', demo.alice.email);
      await expect(bodyRows(alice).first()).toBeVisible();
      await expectNoSeriousA11yViolations(alice);
    } finally {
      await customer.close();
    }
  });
});
