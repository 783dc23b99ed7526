import { readFileSync } from 'node:fs';
import { analyseDxf } from '../src/index.ts';

/**
 * Peak heap growth (heapUsed + arrayBuffers above the level after reading the file) while analysing
 * one file, sampled at every progress report and at the end; run with --expose-gc.
 */
function main(file: string): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  const bytes = new Uint8Array(readFileSync(file));
  analyseDxf(bytes); // warm-up: compiled code is not counted as growth
  gc?.();
  gc?.();
  const used = (): number => {
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const base = used();
  let peak = 0;
  const sample = (): void => {
    peak = Math.max(peak, used() - base);
  };
  const result = analyseDxf(bytes, { onProgress: sample });
  sample();
  if ('error' in result) throw new Error(result.error.message);
  console.log(String(peak));
}

main(process.argv[2] ?? '');
