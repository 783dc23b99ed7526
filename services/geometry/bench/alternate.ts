/**
 * Times two copies of the engine in one process, alternating whole corpus rounds (the order flips
 * every round, so neither side always runs first), and prints best and median round per side: the
 * way to tell a small speed change from the noise of a busy machine. A copy is a directory holding
 * `src/` and a `package.json` with `"type": "module"` (without it tsx compiles the copy as CommonJS,
 * 10-15 % slower), e.g. `git archive HEAD services/geometry | tar -x -C /tmp/before`.
 *
 *   A=/tmp/before/services/geometry B=services/geometry [FILES=a.dxf,b.dxf] [ROUNDS=16] \
 *     node --import tsx services/geometry/bench/alternate.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Analyse = (bytes: Uint8Array) => unknown;

const here = dirname(fileURLToPath(import.meta.url));
const dir = process.env.KERF_FIXTURES ?? resolve(here, '../../../../shared/fixtures/dxf');

async function engine(path: string | undefined, side: string): Promise<Analyse> {
  if (!path) throw new Error(`set ${side} to an engine directory (one holding src/index.ts)`);
  const module = (await import(resolve(path, 'src/index.ts'))) as { analyseDxf: Analyse };
  return module.analyseDxf;
}

function summary(times: number[]): string {
  const sorted = [...times].sort((x, y) => x - y);
  return `best ${sorted[0]?.toFixed(2)} ms, median ${sorted[sorted.length >> 1]?.toFixed(2)} ms`;
}

async function main(): Promise<void> {
  const a = await engine(process.env.A, 'A');
  const b = await engine(process.env.B, 'B');
  const names = process.env.FILES
    ? process.env.FILES.split(',')
    : readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.dxf'));
  const files = names.map((n) => new Uint8Array(readFileSync(join(dir, n))));
  const rounds = Number(process.env.ROUNDS ?? 16);
  for (let i = 0; i < 3; i++)
    for (const f of files) {
      a(f);
      b(f);
    }
  const times: [number[], number[]] = [[], []];
  for (let r = 0; r < rounds; r++) {
    const order: [Analyse, number[]][] = [
      [a, times[0]],
      [b, times[1]],
    ];
    if (r % 2 === 1) order.reverse();
    for (const [analyse, out] of order) {
      const start = performance.now();
      for (const f of files) analyse(f);
      out.push(performance.now() - start);
    }
  }
  console.log(`A ${summary(times[0])} | B ${summary(times[1])} (${files.length} files, ${rounds} rounds)`);
}

await main();
