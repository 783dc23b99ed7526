// What the batch bench measures inside the page: long tasks and the app's `kerf:` measures (a probe
// installed before the app loads), and one scroll through the whole table.
import type { Page } from '@playwright/test';

export interface Task {
  start: number;
  duration: number;
}
export interface Probe {
  tasks: Task[];
  handlers: Task[];
  measures: { name: string; start: number; duration: number }[];
}

/** Installed before the app loads: long tasks (buffered) and the app's `kerf:` measures. */
export function installProbe() {
  const probe = { tasks: [] as Task[], measures: [] as Probe['measures'], handlers: [] as Task[] };
  // The page's own handling of the dropped or picked files: from the first `drop` or `change`
  // listener (window, capture) to the last (window, bubble); the app's listener runs in between.
  let changeAt = 0;
  for (const type of ['drop', 'change']) {
    window.addEventListener(type, () => (changeAt = performance.now()), true);
    window.addEventListener(type, () =>
      probe.handlers.push({ start: changeAt, duration: performance.now() - changeAt }),
    );
  }
  (window as unknown as { __bench: typeof probe }).__bench = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name.startsWith('kerf:'))
        probe.measures.push({ name: e.name, start: e.startTime, duration: e.duration });
  }).observe({ type: 'measure', buffered: true });
}

export const readProbe = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);

/** Scrolls the whole table once: frame times, and every row's `data-state` by key. */
export async function scrollPass(page: Page) {
  return page.evaluate(async () => {
    const scroller = document.querySelector('.k-batch-table') as HTMLElement;
    const states = new Map<string, string>();
    const frames: number[] = [];
    let last = performance.now();
    for (let top = 0; top <= scroller.scrollHeight; top += 120) {
      scroller.scrollTop = top;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const now = performance.now();
      frames.push(now - last);
      last = now;
      // (inline: tsx names nested functions with a helper the page does not have)
      for (const tr of document.querySelectorAll('tbody tr[data-key]'))
        states.set(tr.getAttribute('data-key')!, tr.getAttribute('data-state') ?? '');
    }
    const ready = [...states.values()].filter((s) => s === 'ready').length;
    frames.sort((a, b) => a - b);
    return {
      rows: states.size,
      ready,
      notReady: [...states.entries()].filter(([, s]) => s !== 'ready').slice(0, 5),
      meanFrame: frames.reduce((a, b) => a + b, 0) / Math.max(1, frames.length),
      worstFrame: frames.at(-1) ?? 0,
    };
  });
}
