// Fails when a contract changed in a way that breaks existing clients, compared with its version on a
// base commit: `--base <rev>` or KERF_CONTRACT_BASE, by default the previous commit (HEAD~1).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { findBreakingChanges } from '../src/breaking/breaking-changes.ts';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const baseArg = process.argv.indexOf('--base');
const base = baseArg > 0 ? process.argv[baseArg + 1] : (process.env.KERF_CONTRACT_BASE ?? 'HEAD~1');
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

try {
  git('rev-parse', '--verify', `${base}^{commit}`);
} catch {
  console.log(
    `breaking-gate: no commit ${base} to compare with (first commit or shallow clone); nothing to check`,
  );
  process.exit(0);
}

let breaking = 0;
const specs = readdirSync(root).filter((f) => f.endsWith('.yaml') && !f.startsWith('.'));
for (const spec of specs) {
  let before: string;
  try {
    before = git('show', `${base}:openapi/${spec}`);
  } catch {
    console.log(`breaking-gate: ${spec} is new since ${base}`);
    continue;
  }
  const changes = findBreakingChanges(parse(before), parse(readFileSync(path.join(root, spec), 'utf8')));
  for (const change of changes)
    console.error(`breaking-gate: ${spec}: ${change.operation}: ${change.message}`);
  breaking += changes.length;
}
console.log(`breaking-gate: ${specs.length} contracts compared with ${base}, ${breaking} breaking changes`);
process.exit(breaking > 0 ? 1 : 0);
