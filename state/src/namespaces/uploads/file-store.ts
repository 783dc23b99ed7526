import type { FileEntry, FileStore } from './effects.ts';

/** Durable storage of the files waiting to be uploaded. */
export interface FileJournal {
  put(entries: FileEntry[]): Promise<void>;
  patch(id: string, patch: Partial<Pick<FileEntry, 'sha256' | 'uploadId'>>): Promise<void>;
  byBatch(batch: string): Promise<FileEntry[]>;
  delete(ids: string[]): Promise<void>;
}

/** A journal in memory: for tests (share one between two state instances to simulate a reload). */
export function createMemoryJournal(): FileJournal {
  const entries = new Map<string, FileEntry>();
  return {
    async put(list) {
      for (const entry of list) entries.set(entry.id, { ...entry });
    },
    async patch(id, patch) {
      const entry = entries.get(id);
      if (entry) entries.set(id, { ...entry, ...patch });
    },
    async byBatch(batch) {
      return [...entries.values()].filter((entry) => entry.batch === batch).map((entry) => ({ ...entry }));
    },
    async delete(ids) {
      for (const id of ids) entries.delete(id);
    },
  };
}

const STORE = 'files';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/**
 * A journal in IndexedDB, which keeps `File` objects (their bytes) across a reload. Without
 * IndexedDB (or when it fails) it falls back to memory: uploads still run, only the resume is lost.
 */
export function createIndexedDbJournal(factory: IDBFactory | null, name = 'kerf-uploads'): FileJournal {
  const fallback = createMemoryJournal();
  let opened: Promise<IDBDatabase | null> | null = null;
  const db = () => {
    opened ??= factory
      ? new Promise<IDBDatabase | null>((resolve) => {
          const open = factory.open(name, 1);
          open.onupgradeneeded = () => {
            open.result.createObjectStore(STORE, { keyPath: 'id' }).createIndex('batch', 'batch');
          };
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => resolve(null);
          open.onblocked = () => resolve(null);
        })
      : Promise.resolve(null);
    return opened;
  };
  const withStore = async <T>(
    mode: IDBTransactionMode,
    work: (store: IDBObjectStore) => Promise<T>,
    otherwise: () => Promise<T>,
  ): Promise<T> => {
    const database = await db();
    if (!database) return otherwise();
    try {
      const tx = database.transaction(STORE, mode);
      const result = work(tx.objectStore(STORE));
      await done(tx);
      return await result;
    } catch {
      return otherwise();
    }
  };
  return {
    put: (entries) =>
      withStore(
        'readwrite',
        async (store) => void entries.forEach((entry) => store.put(entry)),
        () => fallback.put(entries),
      ),
    patch: (id, patch) =>
      withStore(
        'readwrite',
        async (store) => {
          const entry = (await request(store.get(id))) as FileEntry | undefined;
          if (entry) store.put({ ...entry, ...patch });
        },
        () => fallback.patch(id, patch),
      ),
    byBatch: (batch) =>
      withStore(
        'readonly',
        (store) => request(store.index('batch').getAll(batch)) as Promise<FileEntry[]>,
        () => fallback.byBatch(batch),
      ),
    delete: (ids) =>
      withStore(
        'readwrite',
        async (store) => void ids.forEach((id) => store.delete(id)),
        () => fallback.delete(ids),
      ),
  };
}

/** Files in memory for this page, and in the journal for the next one. */
export function createFileStore(journal: FileJournal): FileStore {
  const memory = new Map<string, FileEntry>();
  return {
    hold(entries) {
      for (const entry of entries) memory.set(entry.id, { ...entry });
    },
    async keep(entries) {
      for (const entry of entries) memory.set(entry.id, { ...entry });
      if (entries.length > 0) await journal.put(entries).catch(() => undefined);
    },
    get: (id) => memory.get(id) ?? null,
    async update(id, patch) {
      const entry = memory.get(id);
      if (entry) memory.set(id, { ...entry, ...patch });
      await journal.patch(id, patch).catch(() => undefined);
    },
    async load(batch) {
      const entries = await journal.byBatch(batch).catch(() => [] as FileEntry[]);
      for (const entry of entries) if (!memory.has(entry.id)) memory.set(entry.id, entry);
      return entries;
    },
    async drop(ids) {
      for (const id of ids) memory.delete(id);
      await journal.delete(ids).catch(() => undefined);
    },
  };
}
