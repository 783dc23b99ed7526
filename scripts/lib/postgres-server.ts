// A PostgreSQL server of the project's own, from Debian's binaries: initialised in a folder, listening
// on loopback only, started and stopped by whoever needs it (tests, start:cluster, benchmarks).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  /** `postgres://kerf@127.0.0.1:<port>/kerf`: the server's `kerf` database, owned by `kerf`. */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** Stops the server (fast shutdown); its files stay for the next start. */
  stop(): Promise<void>;
}

export interface PostgresOptions {
  /** The cluster's folder; initialised when it holds no cluster yet. */
  readonly dataDir: string;
  readonly port: number;
  /** Durability off (fsync, synchronous commit): for throw-away test servers only. */
  readonly throwAway?: boolean;
}

/** The folder of Debian's PostgreSQL programs (the newest version installed), or null. */
export function findPostgresBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? join(base, versions[0]!, 'bin') : null;
}

/** Whether this process must run PostgreSQL's programs as the `postgres` user (it refuses root). */
const asRoot = process.getuid?.() === 0;

function runPg(bin: string, program: string, args: string[]): void {
  const command = asRoot ? 'runuser' : join(bin, program);
  const argv = asRoot ? ['-u', 'postgres', '--', join(bin, program), ...args] : args;
  const result = spawnSync(command, argv, { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${program} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
}

/**
 * Creates the cluster's folder for the user that runs PostgreSQL. As root that is `postgres`: the
 * folder becomes theirs, and every folder above it gets the search bit for others (`o+x`, no read)
 * so that they can reach it, e.g. a clone inside `mktemp -d`.
 */
function ownFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!asRoot) return;
  for (let above = dirname(dir); above !== dirname(above); above = dirname(above)) {
    const mode = statSync(above).mode;
    if ((mode & 0o001) === 0) chmodSync(above, (mode & 0o7777) | 0o001);
  }
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  chownSync(dir, uid, gid);
}

/**
 * Starts PostgreSQL on 127.0.0.1:`port` with its cluster in `dataDir` (initialised on first use, with
 * a `kerf` superuser trusted on loopback and a `kerf` database), and waits until it accepts queries.
 */
export async function startPostgres(options: PostgresOptions): Promise<PostgresServer> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install -y postgresql)');
  const { dataDir, port } = options;
  ownFolder(dataDir);
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  if (fresh) {
    runPg(bin, 'initdb', ['-D', dataDir, '-U', 'kerf', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  }
  const settings = [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    `-c unix_socket_directories='${dataDir}'`,
    '-c max_connections=400',
    ...(options.throwAway ? ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'] : []),
  ].join(' ');
  writeFileSync(join(dataDir, 'kerf-port'), String(port));
  runPg(bin, 'pg_ctl', ['-D', dataDir, '-l', join(dataDir, 'server.log'), '-o', settings, '-w', 'start']);
  const admin = `postgres://kerf@127.0.0.1:${port}/postgres`;
  if (fresh) await query(admin, 'create database kerf');
  return {
    url: `postgres://kerf@127.0.0.1:${port}/kerf`,
    port,
    dataDir,
    async stop() {
      runPg(bin, 'pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    },
  };
}

/** Runs one statement on its own connection. */
export async function query(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
