import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import DxfParser from 'dxf-parser';
import { analyseDxf } from '../src/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const dir = process.env.KERF_FIXTURES ?? resolve(here, '../../../../shared/fixtures/dxf');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

type BenchFile = { name: string; bytes: Uint8Array; text: string };
type Timing = { best: Map<string, number>; total: number };

/**
 * Times both functions over every file after one warm-up round, alternating rounds so that load
 * from other processes hits both alike; per file the best time, per function the best round total.
 */
function timeBoth(files: BenchFile[], fns: ((f: BenchFile) => void)[]): Timing[] {
  for (const fn of fns) for (const f of files) fn(f);
  const out: Timing[] = fns.map(() => ({ best: new Map(), total: Infinity }));
  for (let r = 0; r < ROUNDS; r++) {
    fns.forEach((fn, k) => {
      const t = out[k] as Timing;
      let sum = 0;
      for (const f of files) {
        const start = performance.now();
        fn(f);
        const ms = performance.now() - start;
        sum += ms;
        t.best.set(f.name, Math.min(t.best.get(f.name) ?? Infinity, ms));
      }
      t.total = Math.min(t.total, sum);
    });
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
  const files = names.map((name) => {
    const buf = readFileSync(join(dir, name));
    return { name, bytes: new Uint8Array(buf), text: buf.toString('latin1') };
  });
  const totalBytes = files.reduce((s, f) => s + f.bytes.length, 0);
  const parser = new DxfParser();
  const [ours, theirs] = timeBoth(files, [
    (f) => analyseDxf(f.bytes),
    (f) => {
      try {
        parser.parseSync(f.text);
      } catch {
        // dxf-parser rejects some files (binary DXF); the time until it gives up still counts.
      }
    },
  ]) as [Timing, Timing];
  for (const f of files) {
    const a = ours.best.get(f.name) ?? 0;
    const b = theirs.best.get(f.name) ?? 0;
    console.log(
      `${f.name.padEnd(42)} ${(f.bytes.length / 1024).toFixed(0).padStart(6)} KB  geometry ${a.toFixed(2).padStart(8)} ms  dxf-parser ${b.toFixed(2).padStart(8)} ms`,
    );
  }
  const slow = [...ours.best.entries()].sort((x, y) => y[1] - x[1]).slice(0, 5);
  console.log(`slowest: ${slow.map(([n, ms]) => `${n} ${ms.toFixed(1)} ms`).join(', ')}`);
  const mbs = totalBytes / 1048576 / (ours.total / 1000);
  console.log(
    `geometry total ${ours.total.toFixed(1)} ms (${mbs.toFixed(1)} MB/s), dxf-parser total ${theirs.total.toFixed(1)} ms`,
  );
  const largest = files.reduce((a, b) => (b.bytes.length > a.bytes.length ? b : a));
  const peak = peakHeap(join(dir, largest.name));
  const ratio = peak / statSync(join(dir, largest.name)).size;
  console.log(`peak heap growth on ${largest.name}: ${(peak / 1048576).toFixed(2)} MB`);
  const speedup = theirs.total / ours.total;
  console.log(
    `geometry-bench: speedup_vs_dxf_parser=${speedup.toFixed(2)} peak_memory_ratio=${ratio.toFixed(2)} files=${files.length}`,
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
