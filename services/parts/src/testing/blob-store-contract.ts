import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BlobStore } from '../ports/blob-store.ts';

const bytes = new TextEncoder().encode('0\nEOF\n');
const sha256 = createHash('sha256').update(bytes).digest('hex');

/**
 * What every BlobStore adapter must do, as a suite: `open` gives a fresh, empty store for each test.
 * Run it from each adapter's test file.
 */
export function describeBlobStore(name: string, open: () => BlobStore): void {
  describe(`${name} (BlobStore contract)`, () => {
    it('stores a blob, reads it back, reports its size and removes it (twice is fine)', async () => {
      const blobs = open();
      const ref = { key: 'upload-1', sha256 };
      expect(await blobs.size(ref)).toBeNull();
      expect(await blobs.read(ref)).toEqual({ ok: false, reason: 'missing' });
      await blobs.write(ref, bytes);
      expect(await blobs.size(ref)).toBe(bytes.byteLength);
      const read = await blobs.read(ref);
      expect(read.ok && new TextDecoder().decode(read.data)).toBe('0\nEOF\n');
      await blobs.remove(ref);
      await blobs.remove(ref);
      expect(await blobs.size(ref)).toBeNull();
    });

    it('replaces a blob whole and keeps blobs of other keys apart', async () => {
      const blobs = open();
      const big = new Uint8Array(300_000).map((_, i) => i % 251);
      const bigSha = createHash('sha256').update(big).digest('hex');
      await blobs.write({ key: 'a', sha256 }, bytes);
      await blobs.write({ key: 'b', sha256: bigSha }, big);
      await blobs.write({ key: 'a', sha256 }, bytes);
      const a = await blobs.read({ key: 'a', sha256 });
      const b = await blobs.read({ key: 'b', sha256: bigSha });
      expect(a.ok && a.data.byteLength).toBe(bytes.byteLength);
      expect(b.ok && createHash('sha256').update(b.data).digest('hex')).toBe(bigSha);
    });

    it('refuses keys and hashes that could leave its folder or prefix', async () => {
      const blobs = open();
      for (const key of ['../x', 'a/b', '', '..', 'x'.repeat(129), 'plate.dxf']) {
        await expect(blobs.size({ key, sha256 })).rejects.toThrow(/invalid blob key/);
      }
      await expect(blobs.write({ key: 'k', sha256: '../../etc' }, bytes)).rejects.toThrow(
        /invalid blob sha256/,
      );
      expect(await blobs.read({ key: '../x', sha256 })).toEqual({ ok: false, reason: 'unavailable' });
    });
  });
}
