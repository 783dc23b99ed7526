/**
 * Times two copies of the engine the way `bench.ts` times geometry: each round set in a fresh
 * process of its own (`time-side.ts`), the copies started alternately (A, B, B, A, A, B, ...), and
 * prints each copy's best and median process (a process's figure is its best round total). Use it
 * for the final word on a change: `alternate.ts` keeps both copies in one process, where they share
 * the engine's object shapes and inline caches, and a change to how objects are built (a literal
 * with spreads instead of one without) measured 12 us a file in fresh processes and nothing there.
 *
 *   A=/tmp/before/services/geometry B=services/geometry [PROCESSES=6] [BENCH_ROUNDS=10] \
 *     node --import tsx services/geometry/bench/ab.ts
 */
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SideTiming } from './time-side.ts';

const here = dirname(fileURLToPath(import.meta.url));
const dir = process.env.KERF_FIXTURES ?? resolve(here, '../../../../shared/fixtures/dxf');

function timeCopy(engine: string): number {
  const line = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(here, 'time-side.ts'), 'geometry', dir],
    {
      encoding: 'utf8',
      cwd: here,
      env: {
        ...process.env,
        GEOMETRY_ENGINE: resolve(engine),
        BENCH_ROUNDS: process.env.BENCH_ROUNDS ?? '10',
      },
    },
  );
  return (JSON.parse(line.trim().split('\n').pop() as string) as SideTiming).total;
}

function summary(times: number[]): string {
  const sorted = [...times].sort((x, y) => x - y);
  return `best ${sorted[0]?.toFixed(2)} ms, median ${sorted[sorted.length >> 1]?.toFixed(2)} ms`;
}

const a = process.env.A;
const b = process.env.B;
if (!a || !b) {
  console.error('set A and B to engine directories (each holding src/index.ts)');
  process.exit(2);
}
const processes = Number(process.env.PROCESSES ?? 6);
const times: Record<'A' | 'B', number[]> = { A: [], B: [] };
for (let p = 0; p < processes; p++) {
  // A B, then B A: neither copy always starts first.
  const order = p % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
  for (const side of order) times[side].push(timeCopy(side === 'A' ? a : b));
}
console.log(`A ${summary(times.A)} | B ${summary(times.B)} (${processes} processes each)`);
