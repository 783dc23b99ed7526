import { createHash } from 'node:crypto';
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { demo, signIn } from './support.ts';

const unsafe = { 'x-kerf-request': '1' };
const tus = { ...unsafe, 'tus-resumable': '1.0.0' };
const dxf = Buffer.from(
  '0\nSECTION\n2\nHEADER\n9\n$INSUNITS\n70\n4\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n' +
    '0\nCIRCLE\n8\n0\n10\n50\n20\n50\n40\n40\n0\nCIRCLE\n8\n0\n10\n50\n20\n50\n40\n5\n0\nENDSEC\n0\nEOF\n',
);

async function contextAs(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/sign-in');
  await signIn(page, email);
  await expect(page).toHaveURL(/\/quotes\/new$/);
  return { context, page, request: page.request };
}

/** Uploads the plate as the signed-in user and waits for its part; resolves to upload and part ids. */
async function uploadPlate(request: APIRequestContext, batch: string) {
  const sha = createHash('sha256').update(dxf).digest('hex');
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const created = await request.post('/api/uploads', {
    headers: {
      ...tus,
      'upload-length': String(dxf.length),
      'upload-metadata': `filename ${b64('acme-ring.dxf')},sha256 ${b64(sha)},batch ${b64(batch)}`,
    },
  });
  expect(created.status()).toBe(201);
  const location = created.headers().location!;
  const patched = await request.patch(location, {
    headers: { ...tus, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
    data: dxf,
  });
  expect(patched.status()).toBe(204);
  let partId: string | null = null;
  await expect
    .poll(async () => {
      const page = (await (await request.get(`/api/uploads/batches/${batch}?since=0`)).json()) as {
        items: { status: string; part_id: string | null }[];
      };
      partId = page.items[0]?.part_id ?? null;
      return page.items[0]?.status;
    })
    .toBe('ready');
  return { location, partId: partId! };
}

test('another company can neither see nor touch a customer’s parts and uploads (UI and API)', async ({
  browser,
}) => {
  const alice = await contextAs(browser, demo.alice.email);
  const batch = `iso-${Date.now()}`;
  const { location, partId } = await uploadPlate(alice.request, batch);
  expect((await alice.request.get(`/api/parts/parts/${partId}`)).status()).toBe(200);

  const bob = await contextAs(browser, demo.bob.email);
  expect((await bob.request.get(`/api/parts/parts/${partId}`)).status()).toBe(404);
  expect((await bob.request.delete(`/api/parts/parts/${partId}`, { headers: unsafe })).status()).toBe(404);
  expect(
    (
      await bob.request.post(`/api/parts/parts/${partId}/units`, { headers: unsafe, data: { units: 'inch' } })
    ).status(),
  ).toBe(404);
  const list = (await (await bob.request.get('/api/parts/parts?limit=200')).json()) as {
    count: number;
    items: { id: string }[];
  };
  expect(list.items.map((p) => p.id)).not.toContain(partId);
  expect((await bob.request.head(location, { headers: tus })).status()).toBe(404);
  expect(
    (
      await bob.request.patch(location, {
        headers: { ...tus, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
        data: dxf,
      })
    ).status(),
  ).toBe(404);
  expect((await bob.request.get(`/api/uploads/batches/${batch}?since=0`)).status()).toBe(404);

  // Bob's workspace shows nothing of Alice's drop, even after a reload.
  await bob.page.reload();
  await expect(bob.page.getByRole('button', { name: 'Choose DXF files' })).toBeVisible();
  await expect(bob.page.getByText('acme-ring.dxf')).toHaveCount(0);
  // Alice still has her part.
  expect((await alice.request.get(`/api/parts/parts/${partId}`)).status()).toBe(200);
  await Promise.all([alice.context.close(), bob.context.close()]);
});
