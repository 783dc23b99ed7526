import type { BatchMemory, IdSource } from './effects.ts';

/** Where the followed batch ids are kept. */
export const BATCHES_KEY = 'kerf.uploads.batches';

/** The batch ids in web storage; without storage (privacy settings) only for this page's life. */
export function createBatchMemory(storage: Pick<Storage, 'getItem' | 'setItem'> | null): BatchMemory {
  let fallback: string[] = [];
  const read = (): string[] => {
    if (!storage) return fallback;
    try {
      const value: unknown = JSON.parse(storage.getItem(BATCHES_KEY) ?? '[]');
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    } catch {
      return [];
    }
  };
  const write = (ids: string[]) => {
    fallback = ids;
    try {
      storage?.setItem(BATCHES_KEY, JSON.stringify(ids));
    } catch {
      // A full or disabled storage only costs the resume after a reload.
    }
  };
  return {
    list: read,
    remember(batch) {
      const ids = read();
      if (!ids.includes(batch)) write([...ids, batch]);
    },
    forget(batch) {
      write(read().filter((id) => id !== batch));
    },
  };
}

/** Random ids from the platform's UUIDs (dashes dropped: 32 hex characters). */
export function createIdSource(): IdSource {
  return { next: () => globalThis.crypto.randomUUID().replaceAll('-', '') };
}
