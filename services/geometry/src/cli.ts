import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { analyseDxf } from './analyse-dxf.ts';
import { toRecord } from './to-record.ts';

/** Command line: one JSON line per file, in the order given. */
function main(argv: string[]): number {
  const base = process.env.INIT_CWD ?? process.cwd();
  if (argv.length === 0) {
    process.stderr.write('usage: pnpm --silent geometry FILE...\n');
    return 2;
  }
  for (const arg of argv) {
    const file = basename(arg);
    let line: Record<string, unknown>;
    try {
      const bytes = readFileSync(resolve(base, arg));
      line = toRecord(file, analyseDxf(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      line = { file, error: { code: 'unreadable', message: `cannot read the file: ${message}` } };
    }
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
