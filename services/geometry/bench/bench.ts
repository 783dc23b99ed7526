import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Side, SideTiming } from './time-side.ts';

const here = dirname(fileURLToPath(import.meta.url));
const dir = process.env.KERF_FIXTURES ?? resolve(here, '../../../../shared/fixtures/dxf');
/** Processes per side, started alternately (geometry, dxf-parser, geometry, ...). */
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 2);

/**
 * Times both sides, each in fresh processes of its own (`time-side.ts`: a warm-up round, then
 * `BENCH_ROUNDS` rounds), started alternately so that load from other processes hits both alike.
 * In one shared process each side paid for the other's garbage: measured in session 4, geometry's
 * best round rose from 74 to 80 ms after dxf-parser rounds, and from 64 ms alone in a process to 74
 * beside dxf-parser's heap. Per file the best time, per side the best round total, over its processes.
 */
function timeBoth(): Record<Side, SideTiming> {
  const out = {} as Record<Side, SideTiming>;
  for (let p = 0; p < PROCESSES; p++) {
    for (const side of ['geometry', 'dxf-parser'] as const) {
      const line = execFileSync(
        process.execPath,
        ['--import', 'tsx', join(here, 'time-side.ts'), side, dir],
        {
          encoding: 'utf8',
          cwd: here,
        },
      );
      const t = JSON.parse(line.trim().split('\n').pop() as string) as SideTiming;
      const seen = out[side];
      if (!seen) out[side] = t;
      else {
        seen.total = Math.min(seen.total, t.total);
        for (const [name, ms] of Object.entries(t.best))
          seen.best[name] = Math.min(seen.best[name] ?? ms, ms);
      }
    }
  }
  return out;
}

function main(): void {
  const names = readdirSync(dir)
    .filter((n) => n.toLowerCase().endsWith('.dxf'))
    .sort();
  if (names.length === 0) {
    console.warn(`no DXF files in ${dir}`);
    return;
  }
  const sizes = new Map(names.map((n) => [n, statSync(join(dir, n)).size]));
  const totalBytes = [...sizes.values()].reduce((s, b) => s + b, 0);
  const { geometry: ours, 'dxf-parser': theirs } = timeBoth();
  for (const name of names) {
    const a = ours.best[name] ?? 0;
    const b = theirs.best[name] ?? 0;
    console.log(
      `${name.padEnd(42)} ${((sizes.get(name) ?? 0) / 1024).toFixed(0).padStart(6)} KB  geometry ${a.toFixed(2).padStart(8)} ms  dxf-parser ${b.toFixed(2).padStart(8)} ms`,
    );
  }
  const slow = Object.entries(ours.best)
    .sort((x, y) => y[1] - x[1])
    .slice(0, 5);
  console.log(`slowest: ${slow.map(([n, ms]) => `${n} ${ms.toFixed(1)} ms`).join(', ')}`);
  const mbs = totalBytes / 1048576 / (ours.total / 1000);
  console.log(
    `geometry total ${ours.total.toFixed(1)} ms (${mbs.toFixed(1)} MB/s), dxf-parser total ${theirs.total.toFixed(1)} ms`,
  );
  const largest = names.reduce((a, b) => ((sizes.get(b) ?? 0) > (sizes.get(a) ?? 0) ? b : a));
  const peak = peakHeap(join(dir, largest));
  const ratio = peak / (sizes.get(largest) ?? 1);
  console.log(`peak heap growth on ${largest}: ${(peak / 1048576).toFixed(2)} MB`);
  const speedup = theirs.total / ours.total;
  console.log(
    `geometry-bench: speedup_vs_dxf_parser=${speedup.toFixed(2)} peak_memory_ratio=${ratio.toFixed(2)} files=${names.length}`,
  );
}

/** Runs the largest file in a fresh process with --expose-gc and returns its peak heap growth in bytes. */
function peakHeap(file: string): number {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(here, 'peak-heap.ts'), file],
    {
      encoding: 'utf8',
      cwd: here,
    },
  );
  return Number(out.trim().split('\n').pop());
}

main();
