/**
 * Compares two runs of the command line over the same files (JSON lines, e.g. before and after a
 * change): every count must be identical, every other number within a relative tolerance (default
 * 1e-8), every string equal. Prints each difference and a summary; exits 1 when there is one.
 *
 *   pnpm --silent geometry ../shared/fixtures/dxf/*.dxf > /tmp/before.jsonl   # then change, rerun
 *   node --import tsx services/geometry/bench/compare-output.ts /tmp/before.jsonl /tmp/after.jsonl [1e-8]
 */
import { readFileSync } from 'node:fs';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Keys whose integer values are counts: they must not move at all. */
const COUNT_KEY =
  /(count|loops|chains|pierces|edges|segments|components|holes_in_outer|insunits|measurement|layers_used|x0\.1|x10)/;

function readLines(path: string): Json[] {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Json);
}

function compare(a: Json, b: Json, path: string, rel: number, out: string[]): number {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a === b) return 0;
    const isCount = Number.isInteger(a) && Number.isInteger(b) && COUNT_KEY.test(path);
    const scale = Math.max(Math.abs(a), Math.abs(b));
    if (!isCount && (Math.abs(a - b) <= rel * scale || Math.abs(a - b) <= 1e-12)) return 1;
    out.push(`${isCount ? 'count' : 'number'} ${path}: ${a} -> ${b}`);
    return 0;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      out.push(`length ${path}: ${a.length} -> ${b.length}`);
      return 0;
    }
    return a.reduce<number>((near, v, i) => near + compare(v, b[i] as Json, `${path}[${i}]`, rel, out), 0);
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    let near = 0;
    for (const k of keys) near += compare(a[k] as Json, b[k] as Json, `${path}.${k}`, rel, out);
    return near;
  }
  if (JSON.stringify(a) !== JSON.stringify(b))
    out.push(`value ${path}: ${JSON.stringify(a)} -> ${JSON.stringify(b)}`);
  return 0;
}

function main(): void {
  const [beforePath, afterPath, relArg] = process.argv.slice(2);
  if (!beforePath || !afterPath)
    throw new Error('usage: compare-output.ts BEFORE.jsonl AFTER.jsonl [relative tolerance]');
  const rel = Number(relArg ?? 1e-8);
  const before = readLines(beforePath);
  const after = readLines(afterPath);
  const out: string[] = [];
  if (before.length !== after.length) out.push(`line count ${before.length} -> ${after.length}`);
  let identical = 0;
  let near = 0;
  before.forEach((line, i) => {
    const file = (line as { file?: string }).file ?? `line ${i + 1}`;
    if (JSON.stringify(line) === JSON.stringify(after[i])) identical++;
    near += compare(line, after[i] as Json, file, rel, out);
  });
  for (const line of out) console.log(line);
  console.log(
    `files ${before.length}: ${identical} identical, ${near} numbers within ${rel} relative, ${out.length} differences`,
  );
  process.exitCode = out.length > 0 ? 1 : 0;
}

main();
