import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDatabaseLocation } from '@kerf/service-kit/testing';
import type { Kysely } from 'kysely';
import { fsBlobStore } from '../adapters/fs-blob-store.ts';
import { openPartsDatabase } from '../adapters/sqlite/open-parts-database.ts';
import type { PartsDatabase } from '../adapters/sqlite/schema.ts';
import { sqlitePartsStore } from '../adapters/sqlite/sqlite-parts-store.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { EventType } from '../ports/records.ts';
import type { PartsDeps } from '../stories/deps.ts';
import type { NewPartInput } from '../stories/create-part.ts';

/** The parts service's storage on a temporary folder (a fresh PostgreSQL schema in the `postgres` project), for tests. */
export interface TestParts extends PartsDeps {
  readonly db: Kysely<PartsDatabase>;
  readonly blobs: BlobStore;
  /** The folder of the database and the blobs. */
  readonly dir: string;
  /** How many times `onQueued` was called. */
  queuedSignals(): number;
  /** Stores `bytes` as a blob and returns the body that creates a part from it. */
  upload(bytes: Uint8Array | string, name?: string): Promise<NewPartInput>;
  /** The types of the events written about a part, in order. */
  eventTypes(partId: string): Promise<EventType[]>;
  /** Closes the database and removes the folder (a test schema stays on the throw-away server). */
  close(): Promise<void>;
}

/**
 * Opens a migrated parts database and a blob folder in a fresh temporary folder; the database is a
 * fresh PostgreSQL schema when the tests run on PostgreSQL.
 */
export async function openTestParts(options: { clock?: () => Date } = {}): Promise<TestParts> {
  const dir = mkdtempSync(join(tmpdir(), 'kerf-parts-'));
  const db = await openPartsDatabase(testDatabaseLocation(join(dir, 'parts.sqlite')));
  const store = sqlitePartsStore(db);
  const blobs = fsBlobStore(join(dir, 'blobs'));
  let ids = 0;
  let uploads = 0;
  let signals = 0;
  return {
    db,
    dir,
    store,
    blobs,
    clock: options.clock ?? (() => new Date()),
    newId: () => `part-${String((ids += 1)).padStart(4, '0')}`,
    onQueued: () => void (signals += 1),
    queuedSignals: () => signals,
    async upload(content, name = 'plate.dxf') {
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const n = (uploads += 1);
      const key = `blob-${n}`;
      await blobs.write({ key, sha256 }, bytes);
      return {
        upload_id: `upload-${n}`,
        blob_key: key,
        sha256,
        original_name: name,
        size_bytes: bytes.byteLength,
      };
    },
    async eventTypes(partId) {
      const events = await store.read.outbox.after(0, 10_000);
      return events.filter((event) => event.entity_id === partId).map((event) => event.type);
    },
    async close() {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
