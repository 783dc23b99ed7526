import { readFileSync } from 'node:fs';
import { analyseDxf } from '../src/index.ts';

/**
 * Peak live heap growth while analysing one file. At every progress report (and at the end, with
 * the result still referenced) a full GC runs and heapUsed + arrayBuffers is sampled; the growth is
 * the largest sample minus the settled level before the run, when only the file bytes are held.
 * Garbage awaiting collection is not counted. Run with --expose-gc.
 */
async function main(file: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const bytes = new Uint8Array(readFileSync(file));
  analyseDxf(bytes); // warm-up: compiled code is not counted as growth
  for (let i = 0; i < 5; i++) {
    // Let the warm-up's external (typed array) memory be released before the baseline.
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const used = (): number => {
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  let base = used();
  let top = base;
  const sample = (): void => {
    const u = used();
    if (u < base && top === base) base = u; // still settling before anything was allocated
    top = Math.max(top, u);
  };
  const result = analyseDxf(bytes, { onProgress: sample });
  sample(); // `result` is still referenced here: its size counts
  if ('error' in result) throw new Error(result.error.message);
  console.log(String(top - base));
}

await main(process.argv[2] ?? '');
