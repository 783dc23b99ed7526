// `npm start`: installs what is missing, builds, then starts every service and the BFF on loopback.
// Options: --no-install (skip the install checks), --verbose (echo every service's log lines),
// --cluster (`npm run start:cluster`: PostgreSQL, S3 and two replicas of everything, see docs/deploy.md).
import { spawn } from 'node:child_process';
import path from 'node:path';
import {
  ensureDependencies,
  ensurePnpm,
  ensurePostgres,
  ensureWebBuild,
  nativeBuildEnv,
  root,
  say,
} from './lib/tools.mjs';

const started = Date.now();
if (!process.argv.includes('--no-install')) {
  const pnpm = ensurePnpm();
  ensureDependencies(pnpm);
  ensureWebBuild(pnpm);
  if (process.argv.includes('--cluster')) ensurePostgres();
}
say(`ready to start in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const child = spawn(
  process.execPath,
  ['--import', 'tsx', path.join(root, 'scripts/serve.ts'), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...nativeBuildEnv(), KERF_LAUNCH_STARTED: String(started) },
  },
);
// Ctrl-C reaches every process of the foreground group; this one waits for the stack to stop.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
