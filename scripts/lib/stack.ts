import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

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

/** A process of the stack. */
interface ProcessSpec {
  name: string;
  entry: string;
  env: Record<string, string>;
  health: string;
}

/** A running stack. */
export interface Stack {
  url: string;
  stop(): Promise<void>;
  /** Stops one process (SIGKILL by default, to simulate a crash). */
  kill(name: string, signal?: NodeJS.Signals): Promise<void>;
  /** Starts one process again and waits until it is healthy. */
  restart(name: string): Promise<void>;
}

/** The services in start order, then the BFF that fronts them. */
function processes(options: StackOptions): ProcessSpec[] {
  const port = (offset: number) => options.servicePortBase + offset;
  const url = (offset: number) => `http://127.0.0.1:${port(offset)}`;
  const urls = { IDENTITY_URL: url(0), CATALOG_URL: url(1), PARTS_URL: url(2), QUOTES_URL: url(3) };
  const common = { KERF_DATA_DIR: options.dataDir, ...urls };
  return [
    {
      name: 'identity',
      entry: 'services/identity/src/server.ts',
      env: { ...common, IDENTITY_PORT: String(port(0)) },
      health: `${url(0)}/health`,
    },
    {
      name: 'catalog',
      entry: 'services/catalog/src/server.ts',
      env: { ...common, CATALOG_PORT: String(port(1)) },
      health: `${url(1)}/health`,
    },
    {
      name: 'parts',
      entry: 'services/parts/src/server.ts',
      env: { ...common, PARTS_PORT: String(port(2)) },
      health: `${url(2)}/health`,
    },
    {
      name: 'quotes',
      entry: 'services/quotes/src/server.ts',
      env: { ...common, QUOTES_PORT: String(port(3)) },
      health: `${url(3)}/health`,
    },
    {
      name: 'bff',
      entry: 'bff/src/server.ts',
      env: { ...common, PORT: String(options.port) },
      health: `http://127.0.0.1:${options.port}/api/health`,
    },
  ];
}

async function waitForHealth(url: string, child: ChildProcess, name: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}; see its log`);
    const answered = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} did not answer ${url} within 60 s`);
}

function launch(spec: ProcessSpec, options: StackOptions): ChildProcess {
  const logDir = path.join(options.dataDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const log = createWriteStream(path.join(logDir, `${spec.name}.log`), { flags: 'a' });
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, spec.entry)], {
    cwd: root,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.pipe(log, { end: false });
    if (options.verbose)
      stream?.on('data', (chunk: Buffer) => process.stdout.write(`[${spec.name}] ${chunk}`));
  }
  return child;
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
    if (signal !== 'SIGKILL') setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}

/** Starts every process, waiting for each to be healthy before the next. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const specs = processes(options);
  const running = new Map<string, ChildProcess>();
  const start = async (spec: ProcessSpec) => {
    const child = launch(spec, options);
    running.set(spec.name, child);
    await waitForHealth(spec.health, child, spec.name);
  };
  const stop = async () => {
    await Promise.all([...running.values()].reverse().map((child) => stopChild(child, 'SIGTERM')));
  };
  try {
    for (const spec of specs) await start(spec);
  } catch (error) {
    await stop();
    throw error;
  }
  const specOf = (name: string) => {
    const spec = specs.find((s) => s.name === name);
    if (!spec) throw new Error(`no process named ${name}`);
    return spec;
  };
  return {
    url: `http://localhost:${options.port}`,
    stop,
    kill: async (name, signal = 'SIGKILL') => {
      const child = running.get(specOf(name).name);
      if (child) await stopChild(child, signal);
    },
    restart: (name) => start(specOf(name)),
  };
}
