// Generates TypeScript types from every contract (openapi-typescript) into generated/<name>.ts.
// With --check, writes nothing and exits 1 when a committed file differs from what the spec gives.
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const check = process.argv.includes('--check');
const specs = (await readdir(root)).filter((f) => f.endsWith('.yaml') && !f.startsWith('.')).sort();
const header =
  '// Generated from openapi/%s by openapi-typescript. Do not edit: run `pnpm openapi:generate`.\n\n';

let drift = 0;
await mkdir(path.join(root, 'generated'), { recursive: true });
for (const spec of specs) {
  const ast = await openapiTS(pathToFileURL(path.join(root, spec)), { immutable: false });
  const text = header.replace('%s', spec) + astToString(ast);
  const target = path.join(root, 'generated', spec.replace(/\.yaml$/, '.ts'));
  if (check) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== text) {
      drift += 1;
      console.error(`openapi: generated/${path.basename(target)} is out of date with ${spec}`);
    }
  } else {
    await writeFile(target, text);
  }
}
if (check && drift > 0) {
  console.error('openapi: run `pnpm openapi:generate` and commit the result');
  process.exit(1);
}
console.log(`openapi: ${specs.length} contracts ${check ? 'match their generated types' : 'generated'}`);
