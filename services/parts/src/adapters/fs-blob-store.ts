import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fail, ok } from '@kerf/service-kit';
import type { BlobRef, BlobStore } from '../ports/blob-store.ts';

const keyPattern = /^[A-Za-z0-9_-]{1,128}$/;
const shaPattern = /^[0-9a-f]{64}$/;

/**
 * Blobs as files: `<root>/<first 2 hex digits of the SHA-256>/<key>`. Keys are server ids; anything
 * else (a name, a path, `..`) is refused before it reaches the filesystem.
 */
export function fsBlobStore(root: string): BlobStore {
  const pathOf = (ref: BlobRef): string => {
    if (!keyPattern.test(ref.key)) throw new Error('invalid blob key');
    if (!shaPattern.test(ref.sha256)) throw new Error('invalid blob sha256');
    return join(root, ref.sha256.slice(0, 2), ref.key);
  };
  return {
    async read(ref) {
      try {
        const buffer = await readFile(pathOf(ref));
        return ok(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
      } catch (error) {
        return fail(codeOf(error) === 'ENOENT' ? 'missing' : 'unavailable');
      }
    },
    async size(ref) {
      try {
        const info = await stat(pathOf(ref));
        return info.isFile() ? info.size : null;
      } catch (error) {
        if (codeOf(error) === 'ENOENT') return null;
        throw error;
      }
    },
    async write(ref, bytes) {
      const target = pathOf(ref);
      await mkdir(join(root, ref.sha256.slice(0, 2)), { recursive: true });
      const temporary = `${target}.${randomUUID()}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, target);
    },
    async remove(ref) {
      await rm(pathOf(ref), { force: true });
    },
  };
}

function codeOf(error: unknown): unknown {
  return (error as { code?: unknown } | null)?.code;
}
