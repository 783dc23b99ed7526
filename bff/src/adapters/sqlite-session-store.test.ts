import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSqliteSessionStore } from './sqlite-session-store.ts';

const user = {
  id: 'u1',
  email: 'a@b.c',
  name: 'Ann',
  role: 'internal' as const,
  company: { id: 'c1', name: 'Shop' },
};

describe('createSqliteSessionStore', () => {
  it('finds a live session, forgets it after remove, and ignores expired ones', async () => {
    const store = createSqliteSessionStore(':memory:');
    await store.create({ key: 'k1', user, identityToken: 't1', expiresAt: 2_000 });
    await store.create({ key: 'k2', user, identityToken: 't2', expiresAt: 500 });
    expect(await store.find('k1', 1_000)).toEqual({ key: 'k1', user, identityToken: 't1', expiresAt: 2_000 });
    expect(await store.find('k2', 1_000)).toBeNull();
    expect(await store.purgeExpired(1_000)).toBe(1);
    await store.remove('k1');
    expect(await store.find('k1', 1_000)).toBeNull();
    store.close();
  });

  it('keeps sessions across a restart (a new store on the same file)', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kerf-bff-')), 'sessions.sqlite');
    const first = createSqliteSessionStore(file);
    await first.create({ key: 'k', user, identityToken: 't', expiresAt: Date.now() + 60_000 });
    first.close();
    const second = createSqliteSessionStore(file);
    expect((await second.find('k', Date.now()))?.user).toEqual(user);
    second.close();
  });
});
