import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { testDatabaseLocation, testsUsePostgres } from '@kerf/service-kit/testing';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openBffDatabase } from './bff-database.ts';
import { createKyselyUploadRegistry } from './kysely-upload-registry.ts';

const upload = (id: string, batch = 'b1', created = '2026-01-01T00:00:00.000Z') => ({
  upload_id: id,
  batch,
  name: `${id}.dxf`,
  size: 100,
  sha256: 'a'.repeat(64),
  user_id: 'u1',
  company_id: 'c1',
  created_at: created,
});

describe('createKyselyUploadRegistry', () => {
  it('moves an upload forward only, with a higher version at each change', async () => {
    const db = await openBffDatabase(testDatabaseLocation());
    const registry = createKyselyUploadRegistry(db);
    await registry.create(upload('a'));
    await registry.setOffset('a', 40);
    await registry.setOffset('a', 20);
    await registry.setStatus('a', 'verifying');
    await registry.setStatus('a', 'processing');
    await registry.setStatus('a', 'uploading');
    await registry.attachPart('a', 'p1');
    await registry.applyPartChange('a', { status: 'processing', progress: 0.5, error: null });
    await registry.applyPartChange('a', { status: 'processing', progress: 0.2, error: null });
    const { version, items } = await registry.changedSince('u1', 'b1', 0);
    expect(items).toEqual([
      expect.objectContaining({
        upload_id: 'a',
        status: 'processing',
        progress: 0.5,
        part_id: 'p1',
        offset: 100,
      }),
    ]);
    expect(version).toBe(items[0]!.version);
    expect((await registry.changedSince('u1', 'b1', version)).items).toEqual([]);
    await registry.applyPartChange('a', { status: 'ready', progress: 1, error: null });
    await registry.applyPartChange('a', {
      status: 'failed',
      progress: 0,
      error: { code: 'x', message: 'y' },
    });
    expect((await registry.get('a'))?.status).toBe('ready');
    expect((await registry.changedSince('u1', 'b1', version)).version).toBeGreaterThan(version);
    await db.destroy();
  });

  it('lists unfinished batches, uploads awaiting their part, and forgets removed uploads', async () => {
    const db = await openBffDatabase(testDatabaseLocation());
    const registry = createKyselyUploadRegistry(db);
    await registry.create(upload('a', 'old', '2026-01-01T00:00:00.000Z'));
    await registry.create(upload('b', 'new', '2026-01-02T00:00:00.000Z'));
    await registry.create(upload('c', 'new', '2026-01-02T00:00:01.000Z'));
    await registry.create(upload('d', 'done', '2026-01-03T00:00:00.000Z'));
    await registry.setStatus('c', 'processing');
    await registry.setStatus('d', 'failed', { code: 'checksum-mismatch', message: 'm' });
    expect(await registry.batches('u1')).toEqual([
      { batch: 'new', unfinished: 2, total: 2, created_at: '2026-01-02T00:00:00.000Z' },
      { batch: 'old', unfinished: 1, total: 1, created_at: '2026-01-01T00:00:00.000Z' },
    ]);
    expect((await registry.awaitingPart()).map((r) => r.upload_id)).toEqual(['c']);
    expect(await registry.hasBatch('u1', 'done')).toBe(true);
    expect(await registry.hasBatch('u2', 'done')).toBe(false);
    await registry.remove('d');
    expect(await registry.hasBatch('u1', 'done')).toBe(false);
    await db.destroy();
  });

  it('gives concurrent changes from two replicas distinct versions that a poll sees in order', async () => {
    const location = testDatabaseLocation(
      path.join(mkdtempSync(path.join(tmpdir(), 'kerf-bff-')), 'uploads.sqlite'),
    );
    // Replicas share a database on PostgreSQL only; on SQLite one process owns the file.
    const [one, two] = testsUsePostgres()
      ? await Promise.all([openBffDatabase(location), openBffDatabase(location)])
      : await openBffDatabase(location).then((db) => [db, db] as const);
    const replicas = [createKyselyUploadRegistry(one), createKyselyUploadRegistry(two)];
    const ids = Array.from({ length: 20 }, (_, i) => `u${String(i).padStart(2, '0')}`);
    await Promise.all(ids.map((id, i) => replicas[i % 2]!.create(upload(id))));
    // Both replicas follow the parts feed, so each applies every part event: no-ops the second time.
    await Promise.all(
      ids.flatMap((id) =>
        replicas.map((r) => r.applyPartChange(id, { status: 'ready', progress: 1, error: null })),
      ),
    );
    const seen = await replicas[1]!.changedSince('u1', 'b1', 0);
    expect(seen.items.map((i) => i.status)).toEqual(ids.map(() => 'ready'));
    const versions = seen.items.map((i) => i.version);
    expect(new Set(versions).size).toBe(ids.length);
    // 20 creations and 20 changes, each exactly once.
    expect(seen.version).toBe(40);
    await one.destroy();
    if (two !== one) await two.destroy();
  });

  it('adopts a SQLite file written before the migrations existed', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kerf-bff-')), 'uploads.sqlite');
    const legacy = new Database(file);
    legacy.exec(`create table uploads (
      upload_id text primary key, batch text not null, user_id text not null, company_id text not null,
      name text not null, size integer not null, sha256 text not null, offset integer not null default 0,
      status text not null, progress real not null default 0, part_id text, error_code text, error_message text,
      version integer not null, created_at text not null);
      create table upload_version (id integer primary key check (id = 1), value integer not null);
      insert into upload_version (id, value) values (1, 7);
      insert into uploads values ('old', 'b1', 'u1', 'c1', 'old.dxf', 10, 'x', 10, 'ready', 1, 'p', null, null, 7, 't');`);
    legacy.close();
    const db = await openBffDatabase(file);
    const registry = createKyselyUploadRegistry(db);
    await registry.create(upload('new'));
    const seen = await registry.changedSince('u1', 'b1', 0);
    expect(seen.items.map((i) => [i.upload_id, i.version])).toEqual([
      ['new', 8],
      ['old', 7],
    ]);
    await db.destroy();
  });
});
