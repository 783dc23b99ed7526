/**
 * Names a stretch of the page's own work on the performance timeline (`kerf:<name>` measures), so
 * that a benchmark can tell the app's share of a long main-thread task from the browser's.
 * Costs two `performance.now()` calls and one entry; a no-op where there is no `performance.measure`.
 */
export function timed<T>(name: string, work: () => T): T {
  const perf = globalThis.performance;
  if (typeof perf?.measure !== 'function') return work();
  const start = perf.now();
  try {
    return work();
  } finally {
    try {
      perf.measure(`kerf:${name}`, { start, end: perf.now() });
    } catch {
      // An old timeline API without the options form: the measure is only a diagnostic.
    }
  }
}
