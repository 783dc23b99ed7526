// How the batch bench hands a thousand files to the workspace: as a user's drop reaches the page, or
// through Chromium's own drag and drop from the disk.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** Files per slice of the page's DataTransfer (one task each). */
const SLICE_FILES = 50;

/** Drops the files on the drop zone with a DataTransfer the page builds itself, slice by slice. */
export async function pageDrop(page: Page, paths: string[]): Promise<void> {
  // The page reads the files' bytes with fetch (one request per slice, answered here from the disk),
  // so that building the DataTransfer runs in the page's own tasks, which its long-task observer sees
  // like any other.
  await page.route('**/__bench-files/*', (route) => {
    const [from, to] = route.request().url().split('/').pop()!.split('-').map(Number);
    return route.fulfill({
      status: 200,
      contentType: 'application/octet-stream',
      body: Buffer.concat(paths.slice(from, to).map((p) => readFileSync(p))),
    });
  });
  const files = paths.map((p) => ({ name: path.basename(p), size: statSync(p).size }));
  const transfer = await page.evaluateHandle(
    async ({ files, slice }) => {
      const dt = new DataTransfer();
      for (let i = 0; i < files.length; i += slice) {
        const part = files.slice(i, i + slice);
        const blob = await fetch(`/__bench-files/${i}-${i + part.length}`).then((r) => r.blob());
        let offset = 0;
        for (const { name, size } of part) {
          dt.items.add(new File([blob.slice(offset, offset + size)], name, { lastModified: Date.now() }));
          offset += size;
        }
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return dt;
    },
    { files, slice: SLICE_FILES },
  );
  await page.unroute('**/__bench-files/*');
  const zone = page.locator('.k-drop-zone');
  for (const type of ['dragenter', 'dragover', 'drop'])
    await zone.dispatchEvent(type, { dataTransfer: transfer });
  await transfer.dispose();
}

/** Drags the files from the disk through Chromium's own drag and drop (CDP). */
export async function osDrop(page: Page, paths: string[]): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const box = (await page.locator('.k-drop-zone').boundingBox())!;
  const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const data = { items: [], files: paths, dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const)
    await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
  await cdp.detach();
}
