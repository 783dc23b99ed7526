import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeBlobStore } from '../testing/blob-store-contract.ts';
import { fsBlobStore } from './fs-blob-store.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kerf-blobs-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const bytes = new TextEncoder().encode('0\nEOF\n');
const sha256 = createHash('sha256').update(bytes).digest('hex');

describeBlobStore('fsBlobStore', () => fsBlobStore(root));

describe('fsBlobStore', () => {
  it('keeps a blob at <root>/<first 2 hex digits of its SHA-256>/<key>, no temporary file left', async () => {
    const blobs = fsBlobStore(root);
    await blobs.write({ key: 'upload-1', sha256 }, bytes);
    expect(existsSync(join(root, sha256.slice(0, 2), 'upload-1'))).toBe(true);
    expect(readdirSync(join(root, sha256.slice(0, 2)))).toEqual(['upload-1']);
  });
});
