import { readFileSync } from 'node:fs';
import { analyseDxf } from '../src/index.ts';

/**
 * Peak live heap growth while analysing one file. At every progress report (and at the end, with
 * the result still referenced) a full GC runs and heapUsed + arrayBuffers is sampled; the growth is
 * the largest sample minus the first one (taken at progress 0, when only the file bytes are held).
 * Garbage awaiting collection is not counted. Run with --expose-gc.
 */
function main(file: string): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const bytes = new Uint8Array(readFileSync(file));
  analyseDxf(bytes); // warm-up: compiled code is not counted as growth
  const used = (): number => {
    gc();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  let base = NaN;
  let peak = 0;
  const sample = (): void => {
    const u = used();
    if (Number.isNaN(base)) base = u;
    peak = Math.max(peak, u - base);
  };
  const result = analyseDxf(bytes, { onProgress: sample });
  sample(); // `result` is still referenced here: its size counts
  if ('error' in result) throw new Error(result.error.message);
  console.log(String(peak));
}

main(process.argv[2] ?? '');
