/**
 * The full-result gate of speed work: `JSON.stringify(analyseDxf(bytes, options))` of two engine
 * copies, every fixture under five option sets (thickness, hole factor, sheet, unitless scale,
 * preview tolerance and resolution, ignored layers, point budget), must be identical. Prints the
 * first differing characters of each difference and exits 1 if there is any.
 *
 *   A=/tmp/before/services/geometry B=services/geometry node --import tsx services/geometry/bench/compare-results.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { analyseDxf as Analyse, GeometryOptions } from '../src/index.ts';

const here = dirname(fileURLToPath(import.meta.url));
const dir = process.env.KERF_FIXTURES ?? resolve(here, '../../../../shared/fixtures/dxf');

const OPTION_SETS: Partial<GeometryOptions>[] = [
  {},
  { thicknessMm: 3 },
  { thicknessMm: 10, holeFactor: 1.5, sheetMm: [500, 500] },
  { unitlessMmPerUnit: 25.4, previewTolMm: 0.2, previewResolution: 1000 },
  { ignoreLayers: ['0'], previewMaxPoints: 2000, thicknessMm: 1 },
];

async function engine(side: 'A' | 'B'): Promise<typeof Analyse> {
  const path = process.env[side];
  if (!path) throw new Error(`set ${side} to an engine directory (one holding src/index.ts)`);
  const module = (await import(pathToFileURL(resolve(path, 'src/index.ts')).href)) as {
    analyseDxf: typeof Analyse;
  };
  return module.analyseDxf;
}

/** The text around the first character where `x` and `y` differ. */
function firstDifference(x: string, y: string): string {
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  const around = (s: string): string => s.slice(Math.max(0, i - 80), i + 80);
  return `at ${i}\n  A: ${around(x)}\n  B: ${around(y)}`;
}

const a = await engine('A');
const b = await engine('B');
const names = readdirSync(dir)
  .filter((n) => n.toLowerCase().endsWith('.dxf'))
  .sort();
let same = 0;
let different = 0;
for (const name of names) {
  const bytes = new Uint8Array(readFileSync(join(dir, name)));
  OPTION_SETS.forEach((options, k) => {
    const x = JSON.stringify(a(bytes, options));
    const y = JSON.stringify(b(bytes, options));
    if (x === y) same++;
    else {
      different++;
      console.log(`${name} (option set ${k}) ${firstDifference(x, y)}`);
    }
  });
}
console.log(`compare-results: ${same} identical, ${different} different`);
process.exit(different > 0 ? 1 : 0);
