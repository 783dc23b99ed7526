import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fsBlobStore } from './fs-blob-store.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kerf-blobs-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const bytes = new TextEncoder().encode('0\nEOF\n');
const sha256 = createHash('sha256').update(bytes).digest('hex');

describe('fsBlobStore', () => {
  it('stores a blob under its SHA-256 prefix and key, reads it back and removes it', async () => {
    const blobs = fsBlobStore(root);
    const ref = { key: 'upload-1', sha256 };
    expect(await blobs.size(ref)).toBeNull();
    expect(await blobs.read(ref)).toEqual({ ok: false, reason: 'missing' });
    await blobs.write(ref, bytes);
    expect(existsSync(join(root, sha256.slice(0, 2), 'upload-1'))).toBe(true);
    expect(readdirSync(join(root, sha256.slice(0, 2)))).toEqual(['upload-1']);
    expect(await blobs.size(ref)).toBe(bytes.byteLength);
    const read = await blobs.read(ref);
    expect(read.ok && new TextDecoder().decode(read.data)).toBe('0\nEOF\n');
    await blobs.remove(ref);
    await blobs.remove(ref);
    expect(await blobs.size(ref)).toBeNull();
  });

  it('refuses keys and hashes that could leave its folder', async () => {
    const blobs = fsBlobStore(root);
    for (const key of ['../x', 'a/b', '', '..', 'x'.repeat(129), 'plate.dxf']) {
      await expect(blobs.size({ key, sha256 })).rejects.toThrow(/invalid blob key/);
    }
    await expect(blobs.write({ key: 'k', sha256: '../../etc' }, bytes)).rejects.toThrow(
      /invalid blob sha256/,
    );
    expect(await blobs.read({ key: '../x', sha256 })).toEqual({ ok: false, reason: 'unavailable' });
  });
});
