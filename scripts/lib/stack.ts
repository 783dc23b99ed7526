import path from 'node:path';
import { createProcessGroup, type ProcessSpec } from './processes.ts';

/** Where and how to run the stack. */
export interface StackOptions {
  /** Port of the BFF, which serves the app. */
  port: number;
  /** First port of the services (identity gets it, the next service the next one). */
  servicePortBase: number;
  dataDir: string;
  /** Echo every process's log lines to this terminal. */
  verbose: boolean;
}

/** A running stack. */
export interface Stack {
  url: string;
  stop(): Promise<void>;
  /** Stops one process (SIGKILL by default, to simulate a crash). */
  kill(name: string, signal?: NodeJS.Signals): Promise<void>;
  /** Starts one process again and waits until it is ready. */
  restart(name: string): Promise<void>;
}

/** The services, in start order. */
export const serviceNames = ['identity', 'catalog', 'parts', 'quotes'] as const;
/** A Kerf process: one of the services, or the BFF. */
export type KerfProcess = (typeof serviceNames)[number] | 'bff';

/**
 * How to run one Kerf process on a loopback `port` (`name` defaults to the process; replicas get
 * their own, e.g. `parts-2`); `env` says where the other services and the data are.
 */
export function kerfProcess(
  process: KerfProcess,
  port: number,
  env: Record<string, string>,
  name: string = process,
): ProcessSpec {
  const base = `http://127.0.0.1:${port}`;
  if (process === 'bff') {
    return {
      name,
      entry: 'bff/src/server.ts',
      env: { ...env, PORT: String(port) },
      ready: `${base}/api/health/ready`,
    };
  }
  return {
    name,
    entry: `services/${process}/src/server.ts`,
    env: { ...env, [`${process.toUpperCase()}_PORT`]: String(port) },
    ready: `${base}/health/ready`,
  };
}

/** The services in start order, then the BFF that fronts them. */
function processes(options: StackOptions): ProcessSpec[] {
  const port = (index: number) => options.servicePortBase + index;
  const common: Record<string, string> = { KERF_DATA_DIR: options.dataDir };
  serviceNames.forEach(
    (service, i) => (common[`${service.toUpperCase()}_URL`] = `http://127.0.0.1:${port(i)}`),
  );
  return [
    ...serviceNames.map((service, i) => kerfProcess(service, port(i), common)),
    kerfProcess('bff', options.port, common),
  ];
}

/** Starts every process, waiting for each to be ready (its readiness endpoint) before the next. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const group = createProcessGroup({ logDir: path.join(options.dataDir, 'logs'), verbose: options.verbose });
  try {
    for (const spec of processes(options)) await group.start(spec);
  } catch (error) {
    await group.stop();
    throw error;
  }
  return {
    url: `http://localhost:${options.port}`,
    stop: () => group.stop(),
    kill: (name, signal) => group.kill(name, signal),
    restart: (name) => group.restart(name),
  };
}
