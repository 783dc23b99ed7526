// Installs what a fresh machine lacks: pnpm, the workspace's dependencies, Debian's Chromium,
// and builds the web app when its sources changed. Plain Node: it runs before anything is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pnpmVersion = '12.4.2';

/** Prints one progress line of the launcher. */
export function say(message) {
  process.stdout.write(`\x1b[36mkerf\x1b[0m ${message}\n`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

function versionOf(command) {
  try {
    return execFileSync(command, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

/** The pnpm command to use, installing pnpm 12.4.2 (globally, or into .tools when that is refused). */
export function ensurePnpm() {
  if (versionOf('pnpm') === pnpmVersion) return 'pnpm';
  const local = path.join(root, '.tools/node_modules/.bin/pnpm');
  if (existsSync(local)) return local;
  say(`installing pnpm ${pnpmVersion}`);
  const global = spawnSync('npm', ['install', '-g', `pnpm@${pnpmVersion}`], { stdio: 'inherit' });
  if (global.status === 0 && versionOf('pnpm') === pnpmVersion) return 'pnpm';
  run('npm', ['install', '--no-save', '--prefix', path.join(root, '.tools'), `pnpm@${pnpmVersion}`]);
  return local;
}

/** Node's own headers for node-gyp, so better-sqlite3 builds without downloading anything. */
export function nativeBuildEnv() {
  let nodedir = process.env.npm_config_nodedir;
  if (!nodedir) {
    try {
      nodedir = execFileSync('npm', ['config', 'get', 'nodedir'], { encoding: 'utf8' }).trim();
    } catch {
      nodedir = '';
    }
  }
  if (!nodedir || nodedir === 'undefined') nodedir = path.resolve(path.dirname(process.execPath), '..');
  return { ...process.env, npm_config_nodedir: nodedir };
}

/** Installs the workspace's dependencies when node_modules is missing or older than the lockfile. */
export function ensureDependencies(pnpm) {
  const marker = path.join(root, 'node_modules/.modules.yaml');
  const lock = path.join(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  say('installing dependencies (the first time compiles better-sqlite3, about 2 minutes)');
  run(pnpm, ['install', '--frozen-lockfile'], { env: nativeBuildEnv() });
}

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const info = statSync(target);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** Builds web/dist when any front-end source is newer than the last build. */
export function ensureWebBuild(pnpm) {
  const built = path.join(root, 'web/dist/index.html');
  const sources = ['web', 'components/src', 'state/src', 'openapi/generated'].map((p) => path.join(root, p));
  const newest = Math.max(...sources.map(newestMtime));
  if (existsSync(built) && statSync(built).mtimeMs >= newest) return;
  say('building the web app');
  run(pnpm, ['--filter', '@kerf/web', 'run', 'build']);
}

/** Runs `apt-get` with the given arguments (through sudo when not root), non-interactively. */
function aptGet(args) {
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...args] : args, { env });
}

/** The Chromium that Playwright drives, installing Debian's package when there is none. */
export function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p) => p && existsSync(p));
  if (found) return found;
  say("installing Debian's chromium (about 2 minutes)");
  aptGet(['update']);
  aptGet(['install', '-y', '--no-install-recommends', 'chromium']);
  return '/usr/bin/chromium';
}

/**
 * Makes sure Debian's PostgreSQL server programs are installed (the tests and `start:cluster` run
 * their own servers from them, on loopback); installs the `postgresql` package when they are not.
 */
export function ensurePostgres() {
  const base = '/usr/lib/postgresql';
  const installed = () =>
    existsSync(base) && readdirSync(base).some((v) => existsSync(path.join(base, v, 'bin', 'initdb')));
  if (installed()) return;
  say("installing Debian's postgresql (about 1 minute)");
  aptGet(['update']);
  aptGet(['install', '-y', '--no-install-recommends', 'postgresql']);
  if (!installed()) throw new Error('postgresql was installed but initdb is missing');
}
