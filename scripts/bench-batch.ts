/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// `pnpm --silent bench:batch`: 1,000 DXF files (copies of 18 corpus files of 12-138 KB; without the
// corpus, or with KERF_BENCH_PLATES=1, small distinct generated plates) dropped on the quote workspace
// of the real stack in Debian's Chromium. Measures the time from the drop to every row ready, the main
// thread's long tasks in that window (and how long the drop itself blocks), and the app's own share
// (its `kerf:` performance measures). Ends with one figure line. The workspace has no material
// picker yet, so the time covers upload and processing, not pricing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { osDrop, pageDrop } from './lib/bench-drop.ts';
import { summariseProfile } from './lib/cpu-profile-summary.ts';
import { installProbe, readProbe, scrollPass } from './lib/bench-page-probe.ts';
import { longTasksOfTrace } from './lib/long-task-trace.ts';
import { startStack } from './lib/stack.ts';
// @ts-expect-error -- plain Node module without types
import { ensurePnpm, ensureWebBuild, root } from './lib/tools.mjs';

const COUNT = Number(process.env.KERF_BENCH_FILES ?? 1000);
const TIMEOUT_MS = Number(process.env.KERF_BENCH_TIMEOUT_MS ?? 180_000);
const email = 'alice@acme.test';
const password = 'kerf-demo-2026';

const pair = (code: number, value: string | number) => `${code}\n${value}\n`;
const line = (x1: number, y1: number, x2: number, y2: number) =>
  pair(0, 'LINE') + pair(8, '0') + pair(10, x1) + pair(20, y1) + pair(11, x2) + pair(21, y2);
const circle = (x: number, y: number, r: number) =>
  pair(0, 'CIRCLE') + pair(8, '0') + pair(10, x) + pair(20, y) + pair(40, r);

/** Plate `i`: a rectangle in mm (`$INSUNITS` 4) whose size differs per file, with 1 to 6 holes. */
function plate(i: number): string {
  const w = 40 + (i % 97) * 2 + Math.floor(i / 97) * 0.5;
  const h = 30 + (i % 41) * 3;
  const holes = 1 + (i % 6);
  let body = line(0, 0, w, 0) + line(w, 0, w, h) + line(w, h, 0, h) + line(0, h, 0, 0);
  for (let k = 0; k < holes; k += 1) body += circle(((k + 1) * w) / (holes + 1), h / 2, Math.min(4, h / 8));
  const header =
    pair(0, 'SECTION') + pair(2, 'HEADER') + pair(9, '$INSUNITS') + pair(70, 4) + pair(0, 'ENDSEC');
  return header + pair(0, 'SECTION') + pair(2, 'ENTITIES') + body + pair(0, 'ENDSEC') + pair(0, 'EOF');
}

function freePortBlock(): number {
  const script = path.join(root as string, 'scripts/lib/free-port-block.mjs');
  return Number(
    execFileSync(process.execPath, [script, process.env.KERF_BENCH_PORT ?? '8490', '6'], {
      encoding: 'utf8',
    }),
  );
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * How the files arrive (KERF_BENCH_DROP): `page` (default) drops them on the drop zone as a user's
 * drop reaches the page, dragenter, dragover and one drop event whose DataTransfer holds every file;
 * the page builds that DataTransfer from the files' bytes in slices, in tasks of its own (measured like
 * any other task). `input` picks them with the file picker (Playwright's setInputFiles); `os` drags them
 * from the disk through Chromium's own drag and drop (CDP Input.dispatchDragEvent). In both of those,
 * Chromium turns a thousand paths into File objects in one task of its own (measured 189-370 ms and
 * 335 + 406 ms here), before any of the page's code runs.
 */
const how = process.env.KERF_BENCH_DROP ?? 'page';

const dir = mkdtempSync(path.join(tmpdir(), 'kerf-bench-batch-'));
const filesDir = path.join(dir, 'files');
mkdirSync(filesDir);
/**
 * Corpus files (12-138 KB) whose units the engine knows and which end ready (those of
 * e2e/upload.spec.ts): the bench drops copies of them, in turn (KERF_BENCH_PLATES=1: the plates).
 */
const corpus = [
  'd2g-arc-in-block-mirror-qcad.dxf',
  'd2g-qcad-elements-zero.dxf',
  'sky-lwpolylines.dxf',
  'sky-circles-ellipses-arcs.dxf',
  'sky-blocks1-nonuniform.dxf',
  'sky-array-rotated-inch.dxf',
  'sky-elliptical-arcs.dxf',
  'sky-arrayed-holes-inch.dxf',
  'sky-dimensions.dxf',
  'sky-closed-lwpolyline-scaled-block.dxf',
  'd2g-pumpenteile.dxf',
  'd2g-g41-blocks-mirror.dxf',
  'd2g-frontplatte-blocks.dxf',
  'ez-forms.dxf',
  'd2g-blocktest-turbocad-rot.dxf',
  'ez-insert-mirror-nested.dxf',
  'd2g-fc-mounting-r2013-inch.dxf',
  'd2g-key.dxf',
];
const fixtures = path.resolve(root as string, process.env.KERF_FIXTURES ?? '../shared/fixtures/dxf');
const useCorpus =
  !process.env.KERF_BENCH_PLATES && corpus.every((name) => existsSync(path.join(fixtures, name)));
const files: string[] = [];
for (let i = 0; i < COUNT; i += 1) {
  const name = useCorpus ? corpus[i % corpus.length]! : null;
  const file = path.join(filesDir, `${name ? name.slice(0, -4) : 'plate'}-${String(i).padStart(4, '0')}.dxf`);
  writeFileSync(file, name ? readFileSync(path.join(fixtures, name)) : plate(i));
  files.push(file);
}

ensureWebBuild(ensurePnpm());
const port = freePortBlock();
const stack = await startStack({
  port,
  servicePortBase: port + 1,
  dataDir: path.join(dir, 'data'),
  verbose: false,
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-quic'],
});
let exitCode = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.addInitScript(installProbe);
  await page.goto(`${stack.url}/quotes/new`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Choose DXF files' }).waitFor();
  await page.waitForTimeout(500); // let the page settle: its own start-up tasks are not the batch's

  // KERF_BENCH_TRACE=1: a timeline every 2 s (uploads answered by the server, and the summary).
  let created = 0;
  page.on('response', (r) => {
    if (r.request().method() === 'POST' && /\/api\/uploads$/.test(r.url())) created += 1;
  });
  // KERF_BENCH_PROFILE=1: a sampling CPU profile of the run; the longest busy stretches are summarised.
  const cdp = process.env.KERF_BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  // KERF_BENCH_CHROME_TRACE=1: a Chromium performance trace of the run; every task over 50 ms is
  // printed with what it was made of (script, style, layout, GC, the browser's own work, ...).
  const tracePath = process.env.KERF_BENCH_CHROME_TRACE ? path.join(dir, 'trace.json') : null;
  if (tracePath)
    await browser.startTracing(page, {
      path: tracePath,
      categories: [
        'toplevel',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
        'v8.execute',
        'disabled-by-default-v8.gc',
        'blink',
        'loading',
      ],
    });
  const dropAt = await page.evaluate(() => performance.now());
  const wall = Date.now();
  const trace = process.env.KERF_BENCH_TRACE
    ? setInterval(() => {
        void page
          .locator('.upload-toolbar__summary')
          .textContent()
          .then((t) =>
            console.log(`  ${((Date.now() - wall) / 1000).toFixed(0)} s: uploads ${created}; ${t?.trim()}`),
          )
          .catch(() => undefined);
      }, 2000)
    : null;
  if (how === 'input') await page.getByLabel('DXF files').setInputFiles(files);
  else if (how === 'os') await osDrop(page, files);
  else await pageDrop(page, files);
  const dropCallMs = Date.now() - wall;
  const summary = page.locator('.upload-toolbar__summary');
  const total = COUNT.toLocaleString('en-US');
  // Every row ready, or nothing left in progress (then some failed: reported, and the bench fails).
  await page.waitForFunction(
    (text) => {
      const s = document.querySelector('.upload-toolbar__summary')?.textContent ?? '';
      return s.includes(`${text} files:`) && / 0 in progress/.test(s);
    },
    total,
    { timeout: TIMEOUT_MS, polling: 100 },
  );
  const doneAt = await page.evaluate(() => performance.now());
  if (trace) clearInterval(trace);
  if (cdp) summariseProfile((await cdp.send('Profiler.stop')).profile);
  if (tracePath) {
    await browser.stopTracing();
    const long = longTasksOfTrace(tracePath, 50);
    const first = long[0]?.startMs ?? 0;
    for (const task of long)
      console.log(
        `task +${Math.round(task.startMs - first)} ms: ${Math.round(task.durationMs)} ms = ${task.parts
          .slice(0, 8)
          .map(([name, ms]) => `${name} ${Math.round(ms)}`)
          .join(' | ')}`,
      );
  }
  const seconds = (Date.now() - wall) / 1000;
  const text = (await summary.textContent())?.trim() ?? '';
  const probe = await readProbe(page);
  const tasks = probe.tasks.filter((t) => t.start + t.duration >= dropAt && t.start <= doneAt);
  const durations = tasks.map((t) => t.duration);
  const over100 = durations.filter((d) => d > 100).length;
  const maxTask = Math.max(0, ...durations);
  // The drop: the tasks that start before the first rows could have been painted (up to 2 s after the
  // drop or change event that handed the files to the app; before it, the files being gathered).
  const handler = probe.handlers.find((h) => h.start >= dropAt);
  const arrived = handler?.start ?? dropAt;
  const dropTasks = tasks.filter((t) => t.start < arrived + 2_000);
  const appMeasures = probe.measures.filter((m) => m.start >= dropAt - 50 && m.start <= doneAt);
  const byName = new Map<string, { count: number; max: number; total: number }>();
  for (const m of appMeasures) {
    const key = m.name.replace(/#\d+$/, '');
    const entry = byName.get(key) ?? { count: 0, max: 0, total: 0 };
    entry.count += 1;
    entry.max = Math.max(entry.max, m.duration);
    entry.total += m.duration;
    byName.set(key, entry);
  }
  const round = (n: number) => Math.round(n);
  console.log(
    `files: ${useCorpus ? `copies of ${corpus.length} corpus files (12-138 KB)` : 'generated plates (about 1 KB)'}`,
  );
  console.log(`summary: ${text}`);
  console.log(
    `drop (${how}): ${dropCallMs} ms; long tasks until 2 s after the files arrived: ${JSON.stringify(
      dropTasks.map((t) => [round(t.start - dropAt), round(t.duration)]),
    )} (start after drop, ms); the app's drop or change handling (listener + microtasks): ${
      handler ? `${round(handler.duration)} ms at +${round(handler.start - dropAt)} ms` : 'not seen'
    }`,
  );
  console.log(
    `long tasks: ${tasks.length} over 50 ms, ${over100} over 100 ms, p99 ${round(percentile(durations, 99))} ms, ` +
      `max ${round(maxTask)} ms; after those: max ${round(
        Math.max(0, ...tasks.filter((t) => t.start >= arrived + 2_000).map((t) => t.duration)),
      )} ms`,
  );
  console.log(
    `app work (kerf: measures): ${JSON.stringify(
      Object.fromEntries(
        [...byName].map(([k, v]) => [k, { n: v.count, max: round(v.max), total: round(v.total) }]),
      ),
    )}`,
  );
  const scroll = await scrollPass(page);
  console.log(
    `rows: ${scroll.ready}/${scroll.rows} data-state=ready${scroll.notReady.length ? ` (e.g. ${JSON.stringify(scroll.notReady)})` : ''}; ` +
      `scroll: mean ${scroll.meanFrame.toFixed(1)} ms/frame, worst ${round(scroll.worstFrame)} ms`,
  );
  if (!text.includes(`${total} ready`) || scroll.ready !== COUNT) exitCode = 1;
  console.log(
    `batch-bench: files=${COUNT} seconds=${seconds.toFixed(1)} longest_task_ms=${round(maxTask)} failed=${COUNT - scroll.ready} longtasks_over_100ms=${over100}`,
  );
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await browser.close();
  await stack.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
