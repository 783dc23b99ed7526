/**
 * Times one side of the benchmark in this process and prints the result as one JSON line:
 * `geometry` (the whole `analyseDxf` pipeline on the bytes) or `dxf-parser` (1.1.2, parsing only,
 * on the text). One warm-up round, then `BENCH_ROUNDS` rounds; per file the best time, and the best
 * round total. `bench.ts` runs each side in processes of its own, so that neither side's garbage
 * and heap growth are paid inside the other's timings.
 *
 *   node --import tsx bench/time-side.ts geometry|dxf-parser DIR
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export type Side = 'geometry' | 'dxf-parser';

/** What one side's process reports. */
export interface SideTiming {
  side: Side;
  /** Best round total, ms. */
  total: number;
  /** Best time per file name, ms. */
  best: Record<string, number>;
}

/**
 * The side's code is imported only in its own process: loading the other side's code as well was
 * measured to slow a side down (geometry by 12 %, from about 62 to 70 ms a round, with dxf-parser or
 * even fast-check merely loaded beside it).
 */
async function runner(side: Side, dir: string, names: string[]): Promise<(name: string) => void> {
  if (side === 'geometry') {
    // GEOMETRY_ENGINE: another copy of the engine (a directory holding src/index.ts), for `ab.ts`.
    const engine = process.env.GEOMETRY_ENGINE;
    const { analyseDxf } = (await import(
      engine ? pathToFileURL(resolve(engine, 'src/index.ts')).href : '../src/index.ts'
    )) as typeof import('../src/index.ts');
    const bytes = new Map(names.map((n) => [n, new Uint8Array(readFileSync(join(dir, n)))]));
    return (name) => void analyseDxf(bytes.get(name) as Uint8Array);
  }
  const texts = new Map(names.map((n) => [n, readFileSync(join(dir, n)).toString('latin1')]));
  const { default: DxfParser } = await import('dxf-parser');
  const parser = new DxfParser();
  // dxf-parser prints a warning line per unknown group code (the binary files give hundreds):
  // printing is not parsing, so this process's console.log is muted (the result goes to stdout).
  console.log = () => undefined;
  return (name) => {
    try {
      parser.parseSync(texts.get(name) as string);
    } catch {
      // dxf-parser rejects some files (binary DXF); the time until it gives up still counts.
    }
  };
}

async function main(side: Side, dir: string, rounds: number): Promise<SideTiming> {
  const names = readdirSync(dir)
    .filter((n) => n.toLowerCase().endsWith('.dxf'))
    .sort();
  const run = await runner(side, dir, names);
  for (const n of names) run(n);
  const best: Record<string, number> = {};
  let total = Infinity;
  for (let r = 0; r < rounds; r++) {
    let sum = 0;
    for (const n of names) {
      const start = performance.now();
      run(n);
      const ms = performance.now() - start;
      sum += ms;
      best[n] = Math.min(best[n] ?? Infinity, ms);
    }
    total = Math.min(total, sum);
  }
  return { side, total, best };
}

const [side, dir] = process.argv.slice(2);
if ((side !== 'geometry' && side !== 'dxf-parser') || !dir) {
  console.error('usage: time-side.ts geometry|dxf-parser DIR');
  process.exit(2);
}
process.stdout.write(`${JSON.stringify(await main(side, dir, Number(process.env.BENCH_ROUNDS ?? 5)))}\n`);
