// The Node processes of a run (the one-machine stack, the cluster): each spawned with tsx, its output
// appended to `<logDir>/<name>.log`, up once its readiness URL answers 200, stopped by its own PID.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** One process: its entry file (relative to the repository), environment and readiness URL. */
export interface ProcessSpec {
  /** Unique in the group, e.g. `parts` or `parts-2`; names the log file. */
  readonly name: string;
  readonly entry: string;
  /** Added to this process's own environment. */
  readonly env: Record<string, string>;
  /** Answers 2xx once the process can serve: its readiness endpoint (database, storage, ... checked). */
  readonly ready: string;
}

/** Started processes, managed by name. */
export interface ProcessGroup {
  /** Spawns a process and waits until it is ready (rejects when it exits or takes over 60 s). */
  start(spec: ProcessSpec): Promise<void>;
  /** Stops one process (SIGKILL by default, to simulate a crash). */
  kill(name: string, signal?: NodeJS.Signals): Promise<void>;
  /** Starts a process of the group again and waits until it is ready. */
  restart(name: string): Promise<void>;
  /** The PID of a running process, or null. */
  pid(name: string): number | null;
  /** Stops every process it started (SIGTERM, then SIGKILL after 5 s), newest first. */
  stop(): Promise<void>;
}

/** Where the logs go and whether they are echoed to this terminal too. */
export interface ProcessGroupOptions {
  readonly logDir: string;
  readonly verbose: boolean;
}

async function waitUntilReady(url: string, child: ChildProcess, name: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}; see its log`);
    const answered = await fetch(url).then(
      async (r) => (await r.body?.cancel(), r.ok),
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} was not ready at ${url} within 60 s`);
}

function launch(spec: ProcessSpec, options: ProcessGroupOptions): ChildProcess {
  mkdirSync(options.logDir, { recursive: true });
  const log = createWriteStream(path.join(options.logDir, `${spec.name}.log`), { flags: 'a' });
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

/** An empty group; `start` adds processes to it. */
export function createProcessGroup(options: ProcessGroupOptions): ProcessGroup {
  const specs = new Map<string, ProcessSpec>();
  const running = new Map<string, ChildProcess>();
  const start = async (spec: ProcessSpec) => {
    specs.set(spec.name, spec);
    const child = launch(spec, options);
    running.set(spec.name, child);
    await waitUntilReady(spec.ready, child, spec.name);
  };
  const specOf = (name: string) => {
    const spec = specs.get(name);
    if (!spec) throw new Error(`no process named ${name}`);
    return spec;
  };
  return {
    start,
    async kill(name, signal = 'SIGKILL') {
      const child = running.get(specOf(name).name);
      if (child) await stopChild(child, signal);
    },
    restart: (name) => start(specOf(name)),
    pid(name) {
      const child = running.get(name);
      return child && child.exitCode === null && child.signalCode === null ? (child.pid ?? null) : null;
    },
    async stop() {
      await Promise.all([...running.values()].reverse().map((child) => stopChild(child, 'SIGTERM')));
    },
  };
}
