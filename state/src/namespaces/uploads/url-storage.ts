import type { UrlStorage } from 'tus-js-client';

type PreviousUpload = Awaited<ReturnType<UrlStorage['findUploadsByFingerprint']>>[number];

const PREFIX = 'kerf-tus::';

/**
 * tus resume data in web storage, one entry per fingerprint read by its key. tus-js-client's own
 * storage scans every key of localStorage on each lookup, which a thousand-file batch cannot afford.
 */
export function createKeyedUrlStorage(storage: Storage): UrlStorage {
  const read = (key: string): PreviousUpload | null => {
    try {
      const value = storage.getItem(key);
      return value ? { ...(JSON.parse(value) as PreviousUpload), urlStorageKey: key } : null;
    } catch {
      return null;
    }
  };
  return {
    async findAllUploads() {
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
      return keys.filter((key) => key.startsWith(PREFIX)).flatMap((key) => read(key) ?? []);
    },
    async findUploadsByFingerprint(fingerprint) {
      const found = read(PREFIX + fingerprint);
      return found ? [found] : [];
    },
    async removeUpload(key) {
      storage.removeItem(key);
    },
    async addUpload(fingerprint, upload) {
      const key = PREFIX + fingerprint;
      try {
        storage.setItem(key, JSON.stringify(upload));
      } catch {
        // Full storage: this upload cannot resume after a reload, it still runs.
      }
      return key;
    },
  };
}
