import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../testing/fake-tus.ts';
import { createBatchMemory, createIdSource } from './batch-memory.ts';
import { createFileStore, createIndexedDbJournal, createMemoryJournal } from './file-store.ts';
import { createKeyedUrlStorage } from './url-storage.ts';

const entry = (id: string, batch = 'b1') => ({
  id,
  batch,
  file: new File(['x'], `${id}.dxf`),
  sha256: null,
  uploadId: null,
});

describe('batch memory', () => {
  it('remembers batches and removed uploads across instances, and forgets both together', () => {
    const storage = memoryStorage();
    const memory = createBatchMemory(storage);
    memory.remember('b1');
    memory.remember('b2');
    memory.remember('b1');
    memory.remove('b1', ['u1', 'u2']);
    memory.remove('b1', ['u2']);
    const again = createBatchMemory(storage);
    expect(again.list()).toEqual(['b1', 'b2']);
    expect(again.removed('b1')).toEqual(['u1', 'u2']);
    again.forget('b1');
    expect(again.list()).toEqual(['b2']);
    expect(again.removed('b1')).toEqual([]);
  });

  it('works for the page life without storage, and survives garbage in storage', () => {
    const memory = createBatchMemory(null);
    memory.remember('b1');
    expect(memory.list()).toEqual(['b1']);
    const storage = memoryStorage();
    storage.setItem('kerf.uploads.batches', '{not json');
    expect(createBatchMemory(storage).list()).toEqual([]);
  });

  it('makes ids a batch id may be', () => {
    expect(createIdSource().next()).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });
});

describe('file store', () => {
  it('keeps files in memory and in the journal; a new page loads them per batch', async () => {
    const journal = createMemoryJournal();
    const store = createFileStore(journal);
    await store.keep([entry('a'), entry('b'), entry('c', 'b2')]);
    await store.update('a', { sha256: 'ff', uploadId: 'u1' });
    await store.drop(['b']);
    expect(store.get('a')).toMatchObject({ sha256: 'ff', uploadId: 'u1' });
    expect(store.get('b')).toBeNull();
    const reloaded = createFileStore(journal);
    expect(reloaded.get('a')).toBeNull();
    const loaded = await reloaded.load('b1');
    expect(loaded.map((e) => [e.id, e.uploadId, e.file.name])).toEqual([['a', 'u1', 'a.dxf']]);
    expect(reloaded.get('a')?.sha256).toBe('ff');
  });

  it('falls back to memory where IndexedDB is missing', async () => {
    const journal = createIndexedDbJournal(null);
    await journal.put([entry('a')]);
    expect(await journal.byBatch('b1')).toHaveLength(1);
    await journal.delete(['a']);
    expect(await journal.byBatch('b1')).toHaveLength(0);
  });
});

describe('keyed tus URL storage', () => {
  it('finds an upload by its fingerprint with one read, and removes it', async () => {
    const storage = memoryStorage();
    const urls = createKeyedUrlStorage(storage);
    const upload = {
      size: 10,
      metadata: {},
      creationTime: 'now',
      uploadUrl: '/api/uploads/1',
      parallelUploadUrls: null,
      urlStorageKey: '',
    };
    const key = await urls.addUpload('kerf-upload:b:r1', upload);
    expect(await urls.findUploadsByFingerprint('kerf-upload:b:r1')).toEqual([
      { ...upload, urlStorageKey: key },
    ]);
    expect(await urls.findUploadsByFingerprint('kerf-upload:b:r2')).toEqual([]);
    expect(await urls.findAllUploads()).toHaveLength(1);
    await urls.removeUpload(key);
    expect(await urls.findAllUploads()).toEqual([]);
  });
});
