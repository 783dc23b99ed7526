import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileStore } from '@tus/file-store';
import { fileSha256 } from './file-sha256.ts';
import { storeBlob } from './store-blob.ts';
import type { UploadStorage } from './upload-storage.ts';

/** Uploads in `<dataDir>/uploads`, blobs hard-linked into `<dataDir>/blobs` (one machine). */
export function fsUploadStorage(options: { dataDir: string; expiryMs: number }): UploadStorage {
  const uploadsDir = join(options.dataDir, 'uploads');
  const blobsDir = join(options.dataDir, 'blobs');
  mkdirSync(uploadsDir, { recursive: true });
  return {
    datastore: new FileStore({ directory: uploadsDir, expirationPeriodInMilliseconds: options.expiryMs }),
    sha256: (uploadId) => fileSha256(join(uploadsDir, uploadId)),
    storeBlob: (uploadId, sha256) => storeBlob(blobsDir, uploadId, sha256, join(uploadsDir, uploadId)),
  };
}
