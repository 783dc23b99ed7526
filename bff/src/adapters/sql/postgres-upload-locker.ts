import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { parsePostgresLocation } from '@kerf/service-kit';
import { ERRORS } from '@tus/server';
import type { Lock, Locker, RequestRelease } from '@tus/server';
import pg from 'pg';

/** A tus locker that can be shut down (its connections closed). */
export interface ClosableLocker extends Locker {
  /** Closes the locker's connections; locks still held are released by PostgreSQL with them. */
  close(): Promise<void>;
}

/** Settings of the PostgreSQL locker. */
export interface PostgresUploadLockerOptions {
  /** The BFF's `postgres://` location; its schema is part of every lock's key. */
  readonly location: string;
  /** How long a request waits for an upload's lock before tus refuses it; 30 s, as tus's MemoryLocker. */
  readonly acquireLockTimeoutMs?: number;
  /** How often a waiting request tries the lock again; 25 ms. */
  readonly pollMs?: number;
  /** How often a waiting request asks the holder again to let go; 1 s. */
  readonly askAgainMs?: number;
  /** Connections for locks: one per lock held at once (uploads being written or read); 32. */
  readonly maxConnections?: number;
}

/** The LISTEN/NOTIFY channel on which a waiting request asks an upload's holder to let go. */
const channel = 'kerf_upload_lock';

/** What this process holds, by lock key: whom to ask when another request (any replica) waits. */
interface Held {
  readonly lock: Lock;
  readonly requestRelease: RequestRelease;
}

/**
 * The advisory lock key of an upload: a 64-bit hash of the schema and the upload id, as a decimal
 * string (two schemas of one database share PostgreSQL's advisory lock space).
 */
export function uploadLockKey(namespace: string, id: string): string {
  return createHash('sha256').update(`${namespace}\0${id}`).digest().readBigInt64BE(0).toString();
}

/**
 * tus upload locks shared by every BFF replica on one PostgreSQL database: a session-level advisory
 * lock (`pg_try_advisory_lock` on a 64-bit hash of schema and upload id) held on a connection of its
 * own for as long as the request holds the lock, so PostgreSQL releases it when that connection ends.
 * A request that finds the lock taken polls until the tus lock timeout and asks the holder, wherever it
 * runs, to let go (`NOTIFY`; each locker `LISTEN`s and calls its holder's `requestRelease`), which
 * makes tus end the older request after its drain delay, as tus's MemoryLocker does in one process.
 */
export function createPostgresUploadLocker(options: PostgresUploadLockerOptions): ClosableLocker {
  const where = parsePostgresLocation(options.location);
  if (!where) throw new Error('the PostgreSQL upload locker needs a postgres:// location');
  const timeoutMs = options.acquireLockTimeoutMs ?? 30_000;
  const pollMs = options.pollMs ?? 25;
  const askAgainMs = options.askAgainMs ?? 1_000;
  const namespace = where.schema ?? 'public';
  const pool = new pg.Pool({
    connectionString: where.url,
    max: options.maxConnections ?? 32,
    idleTimeoutMillis: 10_000,
  });
  // An idle connection that dropped: the pool discards it; the next lock opens another.
  pool.on('error', () => {});
  const held = new Map<string, Held>();
  let listener: Promise<pg.Client> | null = null;
  let closed = false;

  /** The connection that hears release requests; opened before the first lock, again after a drop. */
  const listen = (): Promise<pg.Client> => {
    if (!listener) {
      const opening: Promise<pg.Client> = openListener(() => {
        if (listener === opening) listener = null;
      });
      opening.catch(() => {
        if (listener === opening) listener = null;
      });
      listener = opening;
    }
    return listener;
  };
  const openListener = async (onDrop: () => void): Promise<pg.Client> => {
    const client = new pg.Client({ connectionString: where.url });
    client.on('error', onDrop);
    client.on('end', onDrop);
    client.on('notification', (message) => {
      if (message.payload) void held.get(message.payload)?.requestRelease();
    });
    await client.connect();
    await client.query(`listen ${channel}`);
    return client;
  };

  class PostgresLock implements Lock {
    private client: pg.PoolClient | null = null;
    private readonly onDrop = () => void held.get(this.key)?.requestRelease();
    constructor(private readonly key: string) {}

    async lock(stopSignal: AbortSignal, requestRelease: RequestRelease): Promise<void> {
      if (closed) throw ERRORS.ERR_LOCK_TIMEOUT;
      await listen();
      const deadline = Date.now() + timeoutMs;
      let askedAt = -Infinity;
      while (!stopSignal.aborted) {
        if (await this.tryLock()) {
          held.set(this.key, { lock: this, requestRelease });
          return;
        }
        if (Date.now() - askedAt >= askAgainMs) {
          askedAt = Date.now();
          await pool.query('select pg_notify($1, $2)', [channel, this.key]);
        }
        if (Date.now() + pollMs > deadline) break;
        await sleep(pollMs, undefined, { signal: stopSignal }).catch(() => undefined);
      }
      throw ERRORS.ERR_LOCK_TIMEOUT;
    }

    /** One attempt; on success the connection stays checked out, holding the lock. */
    private async tryLock(): Promise<boolean> {
      const client = await pool.connect();
      client.on('error', this.onDrop);
      try {
        const { rows } = await client.query<{ got: boolean }>(
          'select pg_try_advisory_lock($1::bigint) as got',
          [this.key],
        );
        if (rows[0]?.got === true) {
          this.client = client;
          return true;
        }
      } catch (error) {
        client.off('error', this.onDrop);
        client.release(error as Error);
        throw error;
      }
      client.off('error', this.onDrop);
      client.release();
      return false;
    }

    async unlock(): Promise<void> {
      const client = this.client;
      if (!client) throw new Error('Releasing an unlocked lock!');
      this.client = null;
      if (held.get(this.key)?.lock === this) held.delete(this.key);
      try {
        await client.query('select pg_advisory_unlock($1::bigint)', [this.key]);
        client.off('error', this.onDrop);
        client.release();
      } catch (error) {
        // The connection is gone, and the lock with it: discard the connection.
        client.off('error', this.onDrop);
        client.release(error as Error);
      }
    }
  }

  return {
    newLock: (id) => new PostgresLock(uploadLockKey(namespace, id)),
    async close() {
      closed = true;
      const client = await listener?.catch(() => null);
      listener = null;
      await client?.end().catch(() => undefined);
      await pool.end();
    },
  };
}
