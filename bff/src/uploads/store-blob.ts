import { link, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Puts a finished upload into the shared blob store, `<blobsDir>/<first 2 hex of sha256>/<key>` (the
 * layout the parts service reads), as a hard link: no copy, and the tus file stays for a resuming HEAD.
 */
export async function storeBlob(
  blobsDir: string,
  key: string,
  sha256: string,
  source: string,
): Promise<void> {
  const folder = join(blobsDir, sha256.slice(0, 2));
  await mkdir(folder, { recursive: true });
  await link(source, join(folder, key)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error; // a retried finish: the blob is already there
  });
}
