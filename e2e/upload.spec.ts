import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { demo, expectNoSeriousA11yViolations, signIn } from './support.ts';

const fixtures = path.resolve(process.env.KERF_FIXTURES ?? '../shared/fixtures/dxf');

/** Corpus files whose units are known to the engine (so one units prompt only: the unitless file's). */
const withUnits = [
  'd2g-arc-in-block-mirror-qcad.dxf',
  'd2g-qcad-elements-zero.dxf',
  'sky-lwpolylines.dxf',
  'sky-circles-ellipses-arcs.dxf',
  'sky-blocks1-nonuniform.dxf',
  'sky-array-rotated-inch.dxf',
  'sky-elliptical-arcs.dxf',
  'sky-arrayed-holes-inch.dxf',
  'sky-dimensions.dxf',
  'sky-closed-lwpolyline-scaled-block.dxf',
  'd2g-pumpenteile.dxf',
  'd2g-g41-blocks-mirror.dxf',
  'd2g-frontplatte-blocks.dxf',
  'ez-forms.dxf',
  'd2g-blocktest-turbocad-rot.dxf',
  'ez-insert-mirror-nested.dxf',
  'd2g-fc-mounting-r2013-inch.dxf',
  'd2g-key.dxf',
];
/** `$INSUNITS` 0 (unitless) in expected-dev.json: the engine asks for the units. */
const unitless = 'lc-t-part.dxf';
const bad = 'bad.dxf';

/** The 20 files of a drop: the failing and the unitless one first (in view without scrolling). */
function dropFiles(): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'kerf-upload-'));
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
  writeFileSync(path.join(dir, bad), Buffer.concat([png, Buffer.alloc(512, 7)]));
  return [path.join(dir, bad), ...[unitless, ...withUnits].map((name) => path.join(fixtures, name))];
}

const corpusPresent = () => [unitless, ...withUnits].every((name) => existsSync(path.join(fixtures, name)));

async function openWorkspace(page: Page, email: string): Promise<void> {
  await page.goto('/quotes/new');
  await signIn(page, email);
  await expect(page).toHaveURL(/\/quotes\/new$/);
  await expect(page.getByRole('button', { name: 'Choose DXF files' })).toBeVisible();
}

const table = (page: Page) => page.getByRole('table', { name: 'Parts' });
const row = (page: Page, name: string) => table(page).locator('tbody tr[data-key]', { hasText: name });
const summary = (page: Page) => page.locator('.upload-toolbar__summary');

/** The parts of the signed-in user's company, by file name. */
async function partsByName(
  request: APIRequestContext,
): Promise<Map<string, { pierces: number; holes: number | null }[]>> {
  const response = await request.get('/api/parts/parts?limit=250');
  expect(response.status()).toBe(200);
  const { items } = (await response.json()) as {
    items: {
      original_name: string;
      status: string;
      geometry: { pierces: number; holes: number | null } | null;
    }[];
  };
  const byName = new Map<string, { pierces: number; holes: number | null }[]>();
  for (const part of items) {
    const list = byName.get(part.original_name) ?? [];
    list.push({ pierces: part.geometry?.pierces ?? -1, holes: part.geometry?.holes ?? null });
    byName.set(part.original_name, list);
  }
  return byName;
}

test.describe('uploading a batch of DXF files', () => {
  test.beforeEach(() => {
    if (!corpusPresent())
      console.log(`upload.spec: skipped, no DXF corpus at ${fixtures} (set KERF_FIXTURES)`);
    test.skip(!corpusPresent(), `no DXF corpus at ${fixtures}`);
  });

  test('20 files: every row ends ready or failed, the bad one with a reason, the unitless one asks for units', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openWorkspace(page, demo.alice.email);
    await page.getByLabel('DXF files').setInputFiles(dropFiles());
    await expect(table(page)).toBeVisible();
    await expect(summary(page)).toContainText('20 files: 19 ready, 1 failed, 0 in progress', {
      timeout: 90_000,
    });

    const failed = row(page, bad);
    await expect(failed).toHaveAttribute('data-state', 'failed');
    await expect(failed).toContainText('Failed');
    await expect(failed).toContainText(/not a DXF file|cannot be read/);

    const unitlessRow = row(page, unitless);
    await expect(unitlessRow).toHaveAttribute('data-state', 'ready');
    await expect(unitlessRow.locator('[data-code="units-unknown"]')).toBeVisible();
    const prompt = page.getByRole('region', { name: `Which units is ${unitless} drawn in?` });
    await expect(prompt).toBeVisible();
    await expect(prompt.getByRole('figure')).toHaveCount(2);
    await expectNoSeriousA11yViolations(page);

    // The facts shown are the engine's, as the parts service serves them.
    const parts = await partsByName(page.request);
    const shown = row(page, withUnits[0]!);
    const cells = await shown.locator('td').allInnerTexts();
    const [expected] = parts.get(withUnits[0]!) ?? [];
    expect(cells[8]).toBe(String(expected?.pierces));

    await prompt.getByRole('button', { name: 'Millimetres' }).click();
    await expect(prompt).toBeHidden();
    await expect(unitlessRow).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    await expect(unitlessRow.locator('[data-code="units-unknown"]')).toHaveCount(0, { timeout: 30_000 });

    // The detail drawer opens with Enter on a row.
    await unitlessRow.focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: unitless });
    await expect(drawer).toBeVisible();
    await expect(drawer).toContainText('Cut length');
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
  });

  test('a reload in the middle of a batch resumes every file, and none is uploaded twice', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await openWorkspace(page, demo.bob.email);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const throttle = (bytesPerSecond: number) =>
      cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: bytesPerSecond,
      });
    await throttle(64 * 1024);
    const files = dropFiles();
    await page.getByLabel('DXF files').setInputFiles(files);
    await expect(table(page).locator('tbody tr[data-state="uploading"]').first()).toBeVisible();
    await expect(
      table(page).locator('tbody tr[data-state="processing"], tbody tr[data-state="ready"]').first(),
    ).toBeVisible({
      timeout: 30_000,
    });
    await expect(summary(page)).not.toContainText(', 0 in progress');

    await page.reload();
    await throttle(-1);
    await expect(table(page)).toBeVisible({ timeout: 30_000 });
    await expect(summary(page)).toContainText('20 files', { timeout: 30_000 });
    await expect(summary(page)).toContainText('19 ready, 1 failed, 0 in progress', { timeout: 90_000 });

    const parts = await partsByName(page.request);
    for (const name of [unitless, ...withUnits]) expect(parts.get(name), name).toHaveLength(1);
  });

  test('offline in the middle of a batch, then online again: every file finishes', async ({
    page,
    context,
  }) => {
    test.setTimeout(150_000);
    await openWorkspace(page, demo.estimator.email);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 64 * 1024,
    });
    await page.getByLabel('DXF files').setInputFiles(dropFiles());
    await expect(table(page).locator('tbody tr[data-state="uploading"]').first()).toBeVisible();
    await context.setOffline(true);
    // Requests in flight stall or fail; new ones fail at once. Nothing can finish while offline.
    await page.waitForTimeout(3_000);
    await expect(summary(page)).not.toContainText(', 0 in progress');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await context.setOffline(false);
    await expect(summary(page)).toContainText('20 files: 19 ready, 1 failed, 0 in progress', {
      timeout: 90_000,
    });
    await expect(row(page, bad)).toHaveAttribute('data-state', 'failed');
  });
});
