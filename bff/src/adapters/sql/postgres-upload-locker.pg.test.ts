import { setTimeout as sleep } from 'node:timers/promises';
import { parsePostgresLocation } from '@kerf/service-kit';
import { testDatabaseLocation } from '@kerf/service-kit/testing';
import { ERRORS } from '@tus/server';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createPostgresUploadLocker, uploadLockKey } from './postgres-upload-locker.ts';
import type { ClosableLocker } from './postgres-upload-locker.ts';

const opened: ClosableLocker[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((locker) => locker.close()));
});

/** Two lockers on one schema, each with its own pool: two BFF replicas. */
function replicas(options: { acquireLockTimeoutMs?: number } = {}) {
  const location = testDatabaseLocation();
  const lockers = [0, 1].map(() => createPostgresUploadLocker({ location, ...options }));
  opened.push(...lockers);
  return { location, a: lockers[0]!, b: lockers[1]! };
}

const never = new AbortController().signal;
const nothing = () => {};

/** Runs `sql` on a connection of its own (not one of the lockers'). */
async function query<T extends pg.QueryResultRow>(location: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: parsePostgresLocation(location)!.url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe('createPostgresUploadLocker', () => {
  it('never lets two replicas hold the same upload at once, and never blocks another upload', async () => {
    const { a, b } = replicas();
    let inside = 0;
    let most = 0;
    const round = async (locker: ClosableLocker) => {
      const lock = locker.newLock('upload-1');
      await lock.lock(never, nothing);
      inside += 1;
      most = Math.max(most, inside);
      await sleep(3);
      inside -= 1;
      await lock.unlock();
    };
    await Promise.all(
      [a, b].map(async (locker) => {
        for (let i = 0; i < 15; i += 1) await round(locker);
      }),
    );
    expect(most).toBe(1);

    const held = a.newLock('upload-1');
    await held.lock(never, nothing);
    const other = b.newLock('upload-2');
    await other.lock(never, nothing);
    await Promise.all([held.unlock(), other.unlock()]);
  });

  it("asks the holder on the other replica to let go (tus's requestRelease), then takes the lock", async () => {
    const { a, b } = replicas();
    const held = a.newLock('upload-1');
    let asked = 0;
    await held.lock(never, async () => {
      asked += 1;
      // tus ends the older request, which unlocks in its `finally`.
      if (asked === 1) await held.unlock();
    });
    const next = b.newLock('upload-1');
    await next.lock(never, nothing);
    expect(asked).toBe(1);
    await next.unlock();
  });

  it("frees the lock when its holder's connection ends, and tells the holder", async () => {
    const { location, a, b } = replicas();
    const held = a.newLock('upload-1');
    let told = false;
    await held.lock(never, () => void (told = true));
    const key = BigInt.asUintN(
      64,
      BigInt(uploadLockKey(parsePostgresLocation(location)!.schema!, 'upload-1')),
    );
    const terminated = await query<{ done: boolean }>(
      location,
      `select pg_terminate_backend(pid) as done from pg_locks
        where locktype = 'advisory' and granted and classid = $1::oid and objid = $2::oid and objsubid = 1`,
      [String(key >> 32n), String(key & 0xffffffffn)],
    );
    expect(terminated).toEqual([{ done: true }]);
    const next = b.newLock('upload-1');
    await next.lock(never, nothing);
    expect(told).toBe(true);
    // The old request's unlock finds its connection gone: no error, nothing released twice.
    await held.unlock();
    const stillHeld = await query<{ n: number }>(
      location,
      `select count(*)::int as n from pg_locks where locktype = 'advisory' and classid = $1::oid and objid = $2::oid`,
      [String(key >> 32n), String(key & 0xffffffffn)],
    );
    expect(stillHeld).toEqual([{ n: 1 }]);
    await next.unlock();
  });

  it('gives up after the lock timeout, or when the request ends, with tus’s lock timeout error', async () => {
    const { a, b } = replicas({ acquireLockTimeoutMs: 300 });
    const held = a.newLock('upload-1');
    await held.lock(never, nothing);
    const started = Date.now();
    await expect(b.newLock('upload-1').lock(never, nothing)).rejects.toBe(ERRORS.ERR_LOCK_TIMEOUT);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    const request = new AbortController();
    setTimeout(() => request.abort(), 50);
    await expect(b.newLock('upload-1').lock(request.signal, nothing)).rejects.toBe(ERRORS.ERR_LOCK_TIMEOUT);
    await held.unlock();
    const next = b.newLock('upload-1');
    await next.lock(never, nothing);
    await next.unlock();
  });
});
