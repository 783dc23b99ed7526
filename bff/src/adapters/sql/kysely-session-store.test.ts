import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { testDatabaseLocation } from '@kerf/service-kit/testing';
import { describe, expect, it } from 'vitest';
import { openBffDatabase } from './bff-database.ts';
import { createKyselySessionStore } from './kysely-session-store.ts';

const user = {
  id: 'u1',
  email: 'a@b.c',
  name: 'Ann',
  role: 'internal' as const,
  company: { id: 'c1', name: 'Shop' },
};

describe('createKyselySessionStore', () => {
  it('finds a live session, forgets it after remove, and ignores expired ones', async () => {
    const db = await openBffDatabase(testDatabaseLocation());
    const store = createKyselySessionStore(db);
    await store.create({ key: 'k1', user, identityToken: 't1', expiresAt: 2_000 });
    await store.create({ key: 'k2', user, identityToken: 't2', expiresAt: 500 });
    expect(await store.find('k1', 1_000)).toEqual({ key: 'k1', user, identityToken: 't1', expiresAt: 2_000 });
    expect(await store.find('k2', 1_000)).toBeNull();
    expect(await store.purgeExpired(1_000)).toBe(1);
    await store.remove('k1');
    expect(await store.find('k1', 1_000)).toBeNull();
    await db.destroy();
  });

  it('shares sessions between stores on one database (a restart, or another BFF replica)', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kerf-bff-')), 'sessions.sqlite');
    const location = testDatabaseLocation(file);
    const first = await openBffDatabase(location);
    await createKyselySessionStore(first).create({
      key: 'k',
      user,
      identityToken: 't',
      expiresAt: Date.now() + 60_000,
    });
    await first.destroy();
    const second = await openBffDatabase(location);
    expect((await createKyselySessionStore(second).find('k', Date.now()))?.user).toEqual(user);
    await second.destroy();
  });
});
