// The scaled-out run mode on one machine, for trying it: PostgreSQL and an S3-compatible server on
// loopback, every service and the BFF replicated, and round-robin proxies in front of the replicas
// (where a real deployment has its load balancers). Same processes as `startStack`, other settings.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { freePort } from './free-port.ts';
import { startPostgres, type PostgresServer } from './postgres-server.ts';
import { createProcessGroup } from './processes.ts';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy.ts';
import { startS3Server, type S3Server } from './s3-server.ts';
import { kerfProcess, serviceNames, type KerfProcess } from './stack.ts';

/** Every loopback port of a cluster. */
export interface ClusterPorts {
  /** The proxy in front of the BFF replicas: the app's address. */
  readonly front: number;
  /** The proxy in front of each service's replicas: the address the others use. */
  readonly services: Readonly<Record<(typeof serviceNames)[number], number>>;
  /** Each process's replicas, in order (`parts-1` gets the first). */
  readonly replicas: Readonly<Record<KerfProcess, readonly number[]>>;
  readonly postgres: number;
  readonly s3: number;
}

/**
 * The ports of `npm run start:cluster`: the app on `front` (8080), the services' proxies on the
 * one-machine stack's ports (8101-8104), replica r of service i on 8111 + 10 i + r, the BFF replicas
 * on 8181.., PostgreSQL on 8190 and S3 on 8191.
 */
export function defaultClusterPorts(front = 8080, replicas = 2): ClusterPorts {
  const list = (first: number) => Array.from({ length: replicas }, (_, r) => first + r);
  return {
    front,
    services: { identity: 8101, catalog: 8102, parts: 8103, quotes: 8104 },
    replicas: {
      identity: list(8111),
      catalog: list(8121),
      parts: list(8131),
      quotes: list(8141),
      bff: list(8181),
    },
    postgres: 8190,
    s3: 8191,
  };
}

/** Ports the system says are free now (for tests and benchmarks next to a running stack). */
export async function freeClusterPorts(replicas = 2): Promise<ClusterPorts> {
  const list = async () => {
    const ports: number[] = [];
    for (let r = 0; r < replicas; r += 1) ports.push(await freePort());
    return ports;
  };
  return {
    front: await freePort(),
    services: {
      identity: await freePort(),
      catalog: await freePort(),
      parts: await freePort(),
      quotes: await freePort(),
    },
    replicas: {
      identity: await list(),
      catalog: await list(),
      parts: await list(),
      quotes: await list(),
      bff: await list(),
    },
    postgres: await freePort(),
    s3: await freePort(),
  };
}

/** Where and how to run the cluster. */
export interface ClusterOptions {
  /** The cluster's own folder: `postgres/`, `s3/`, `logs/`, identity's keys and service secrets. */
  readonly dataDir: string;
  readonly ports: ClusterPorts;
  /** Echo every process's log lines to this terminal. */
  readonly verbose: boolean;
  /** Added to every process's environment (e.g. `PARTS_LEASE_MS`). */
  readonly env?: Record<string, string>;
  /** PostgreSQL durability off (fsync, synchronous commit): for throw-away test clusters only. */
  readonly throwAway?: boolean;
  /** Told each step as it starts. */
  readonly onStep?: (step: string) => void;
}

/** A running cluster. */
export interface Cluster {
  /** The app, through the front proxy. */
  readonly url: string;
  /** The services' proxies, e.g. `{ parts: 'http://127.0.0.1:8103' }`. */
  readonly serviceUrls: Readonly<Record<string, string>>;
  /** Each BFF replica, without the proxy. */
  readonly bffUrls: readonly string[];
  readonly postgres: PostgresServer;
  readonly s3: S3Server;
  /** Stops one replica, e.g. `parts-2` (SIGKILL by default, to simulate a crash). */
  kill(name: string, signal?: NodeJS.Signals): Promise<void>;
  /** Starts a replica again and waits until it is ready. */
  restart(name: string): Promise<void>;
  /** Stops every process, proxy and server it started; the data stays for the next start. */
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL (data in `<dataDir>/postgres`, created on first use), the S3 server (`<dataDir>/s3`),
 * the services' proxies, the first replica of each service (identity first: the others need its JWKS;
 * first replicas migrate and seed an empty database), then the other replicas, the BFF replicas, and
 * the front proxy. Everything listens on loopback.
 */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const { ports, dataDir } = options;
  const step = options.onStep ?? (() => {});
  mkdirSync(dataDir, { recursive: true });
  const group = createProcessGroup({ logDir: path.join(dataDir, 'logs'), verbose: options.verbose });
  const proxies: RoundRobinProxy[] = [];
  let postgres: PostgresServer | null = null;
  let s3: S3Server | null = null;
  const stop = async () => {
    await group.stop();
    await Promise.all(proxies.map((p) => p.close()));
    await s3?.stop().catch(() => {});
    // Ctrl-C reaches PostgreSQL too (same process group): it may be stopping already.
    await postgres?.stop().catch(() => {});
  };
  try {
    step('starting PostgreSQL');
    postgres = await startPostgres({
      dataDir: path.join(dataDir, 'postgres'),
      port: ports.postgres,
      ...(options.throwAway ? { throwAway: true } : {}),
    });
    step('starting the S3 server');
    s3 = await startS3Server({ dir: path.join(dataDir, 's3'), port: ports.s3 });
    const replicaUrls = (process: KerfProcess) => ports.replicas[process].map((p) => `http://127.0.0.1:${p}`);
    const serviceUrls: Record<string, string> = {};
    const env: Record<string, string> = {
      KERF_DATA_DIR: dataDir,
      DATABASE_URL: postgres.url,
      ...s3.env,
      ...options.env,
    };
    for (const service of serviceNames) {
      const proxy = await startRoundRobinProxy({
        port: ports.services[service],
        targets: replicaUrls(service),
      });
      proxies.push(proxy);
      serviceUrls[service] = proxy.url;
      env[`${service.toUpperCase()}_URL`] = proxy.url;
    }
    const replica = (process: KerfProcess, r: number) =>
      kerfProcess(process, ports.replicas[process][r]!, env, `${process}-${r + 1}`);
    step('starting the first replica of each service');
    await group.start(replica('identity', 0));
    await Promise.all(serviceNames.slice(1).map((service) => group.start(replica(service, 0))));
    step('starting the other replicas and the BFF replicas');
    const rest = serviceNames.flatMap((service) =>
      ports.replicas[service].slice(1).map((_, r) => group.start(replica(service, r + 1))),
    );
    await Promise.all([...rest, ...ports.replicas.bff.map((_, r) => group.start(replica('bff', r)))]);
    const front = await startRoundRobinProxy({ port: ports.front, targets: replicaUrls('bff') });
    proxies.push(front);
    return {
      url: `http://localhost:${ports.front}`,
      serviceUrls,
      bffUrls: replicaUrls('bff'),
      postgres,
      s3,
      kill: (name, signal) => group.kill(name, signal),
      restart: (name) => group.restart(name),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
