// Type-checks every package: tsc for server code, vue-tsc where there are .vue files.
// With --json <file>, writes { passed, failed } counted per project.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const services = readdirSync(path.join(root, 'services')).map((s) => `services/${s}`);
const projects = ['openapi', ...services, 'bff', 'state', 'components', 'web', 'e2e', '.'].filter((p) =>
  existsSync(path.join(root, p, 'tsconfig.json')),
);
const vueProjects = new Set(['state', 'components', 'web']);
let passed = 0;
let failed = 0;
for (const project of projects) {
  const tool = vueProjects.has(project) ? 'vue-tsc' : 'tsc';
  const bin = path.join(root, 'node_modules/.bin', tool);
  const result = spawnSync(bin, ['-p', path.join(project, 'tsconfig.json')], { cwd: root, stdio: 'inherit' });
  if (result.status === 0) passed += 1;
  else {
    failed += 1;
    console.error(`typecheck: ${project} has type errors`);
  }
}
console.log(`typecheck: ${passed} of ${projects.length} projects clean`);
const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify({ passed, failed }));
process.exit(failed > 0 ? 1 : 0);
