// `npm test`: installs what is missing, then runs every suite and ends with one line
// `N passed, N failed, N skipped` summing them all. Exits non-zero when anything failed.
// Options: --only=<stage,...> runs some stages (contracts, lint, typecheck, unit, cluster, e2e).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  ensureChromium,
  ensureDependencies,
  ensurePostgres,
  ensurePnpm,
  ensureWebBuild,
  nativeBuildEnv,
  root,
  say,
} from './lib/tools.mjs';
import { countEslint, countPlaywright, countVitest } from './lib/counts.mjs';

const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const wanted = (stage) => !only || only.includes(stage);
const out = path.join(root, '.test-output');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const pnpm = ensurePnpm();
ensureDependencies(pnpm);
const env = { ...nativeBuildEnv(), FORCE_COLOR: '1' };
if (wanted('unit') || wanted('cluster')) ensurePostgres();
if (wanted('e2e')) {
  env.CHROMIUM_PATH = ensureChromium();
  ensureWebBuild(pnpm);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];
let current = '';
const record = (label, counts) => {
  for (const key of Object.keys(totals)) totals[key] += counts[key] ?? 0;
  rows.push({ label, stage: current, ...counts });
};
const exec = (args, extraEnv = {}) =>
  spawnSync(pnpm, ['exec', ...args], { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } }).status;
const started = Date.now();
const stageTimes = {};
const stage = (name, body) => {
  if (!wanted(name)) return;
  say(`── ${name}`);
  current = name;
  const t = Date.now();
  body();
  stageTimes[name] = ((Date.now() - t) / 1000).toFixed(1);
};

stage('contracts', () => {
  const status = spawnSync(pnpm, ['--filter', '@kerf/openapi', 'run', 'check'], {
    cwd: root,
    stdio: 'inherit',
    env,
  }).status;
  record('contracts: generated types + spec lint', status === 0 ? { passed: 1 } : { failed: 1 });
});

stage('lint', () => {
  const report = path.join(out, 'eslint.json');
  exec(['eslint', '.', '--format', 'stylish']);
  exec(['eslint', '.', '--format', 'json', '--output-file', report]);
  record('eslint (files)', countEslint(report));
  const status = exec(['prettier', '--check', '.', '--log-level', 'warn']);
  record('prettier', status === 0 ? { passed: 1 } : { failed: 1 });
});

stage('typecheck', () => {
  const status = spawnSync(
    process.execPath,
    [path.join(root, 'scripts/typecheck.mjs'), '--json', path.join(out, 'typecheck.json')],
    {
      cwd: root,
      stdio: 'inherit',
      env,
    },
  ).status;
  const result = existsSync(path.join(out, 'typecheck.json'))
    ? JSON.parse(readFileSync(path.join(out, 'typecheck.json'), 'utf8'))
    : { passed: 0, failed: 1 };
  record('typecheck (projects)', status === 0 ? result : { ...result, failed: Math.max(result.failed, 1) });
});

stage('unit', () => {
  const report = path.join(out, 'vitest.json');
  const projects = ['node', 'postgres', 'dom'].flatMap((p) => ['--project', p]);
  exec([
    'vitest',
    'run',
    ...projects,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  record('vitest (unit + contract tests)', countVitest(report));
});

// PostgreSQL, s3rver and two replicas of every process (scripts/cluster.test.ts), alone on the machine.
stage('cluster', () => {
  const report = path.join(out, 'vitest-cluster.json');
  exec([
    'vitest',
    'run',
    '--project',
    'cluster',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  record('vitest (cluster: 2 replicas each)', countVitest(report));
});

stage('e2e', () => {
  const report = path.join(out, 'playwright.json');
  exec(['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: report });
  record('playwright (journeys)', countPlaywright(report));
});

console.log('');
for (const row of rows) {
  const time = stageTimes[row.stage] ? `${stageTimes[row.stage]} s` : '';
  console.log(
    `  ${row.label.padEnd(36)} ${String(row.passed ?? 0).padStart(5)} passed ${String(row.failed ?? 0).padStart(3)} failed ${String(row.skipped ?? 0).padStart(3)} skipped ${time}`,
  );
}
console.log(`  total time ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
