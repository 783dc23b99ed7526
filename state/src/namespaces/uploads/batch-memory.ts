import type { BatchMemory, IdSource } from './effects.ts';

/** Where the followed batch ids are kept. */
export const BATCHES_KEY = 'kerf.uploads.batches';

/** Where a batch's removed upload ids are kept. */
const removedKey = (batch: string) => `kerf.uploads.removed.${batch}`;

/** The batch ids in web storage; without storage (privacy settings) only for this page's life. */
export function createBatchMemory(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
): BatchMemory {
  const fallback = new Map<string, string[]>();
  const read = (key: string): string[] => {
    if (!storage) return fallback.get(key) ?? [];
    try {
      const value: unknown = JSON.parse(storage.getItem(key) ?? '[]');
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    } catch {
      return [];
    }
  };
  const write = (key: string, ids: string[]) => {
    fallback.set(key, ids);
    try {
      if (ids.length === 0) storage?.removeItem(key);
      else storage?.setItem(key, JSON.stringify(ids));
    } catch {
      // A full or disabled storage only costs the resume after a reload.
    }
  };
  return {
    list: () => read(BATCHES_KEY),
    remember(batch) {
      const ids = read(BATCHES_KEY);
      if (!ids.includes(batch)) write(BATCHES_KEY, [...ids, batch]);
    },
    forget(batch) {
      write(
        BATCHES_KEY,
        read(BATCHES_KEY).filter((id) => id !== batch),
      );
      write(removedKey(batch), []);
    },
    removed: (batch) => read(removedKey(batch)),
    remove(batch, uploadIds) {
      if (uploadIds.length === 0) return;
      write(removedKey(batch), [...new Set([...read(removedKey(batch)), ...uploadIds])]);
    },
  };
}

/** Random ids from the platform's UUIDs (dashes dropped: 32 hex characters). */
export function createIdSource(): IdSource {
  return { next: () => globalThis.crypto.randomUUID().replaceAll('-', '') };
}
