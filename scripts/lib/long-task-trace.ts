// Reads a Chromium performance trace (Playwright's `browser.startTracing`) and says what each long
// main-thread task of the page was made of: the trace events inside it, by name, with their time.
import { readFileSync } from 'node:fs';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

/** One long task: when (ms from `originUs`), how long, and its contents by label (ms, deepest first). */
export interface LongTaskBreakdown {
  startMs: number;
  durationMs: number;
  parts: [label: string, ms: number][];
}

function label(event: TraceEvent): string {
  const data = event.args?.data ?? {};
  if (event.name === 'FunctionCall' || event.name === 'v8.callFunction') {
    const where = String(data.url ?? '')
      .split('/')
      .pop();
    return `FunctionCall ${String(data.functionName ?? '') || '(anon)'}@${where}:${String(data.lineNumber ?? '')}`;
  }
  if (event.name === 'EventDispatch') return `EventDispatch ${String(data.type ?? '')}`;
  if (event.name === 'TimerFire') return 'TimerFire';
  return event.name;
}

/**
 * The long tasks (over `minMs`) of the renderer main threads in a trace file, each with the time of
 * the events inside it by label (self time: a child's time is not counted again in its parent).
 */
export function longTasksOfTrace(file: string, minMs: number): LongTaskBreakdown[] {
  const trace = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const complete = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && mains.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks = complete.filter(
    (e) => (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.dur! >= minMs * 1000,
  );
  const result: LongTaskBreakdown[] = [];
  let lastEnd = -1;
  for (const task of tasks) {
    if (task.ts < lastEnd) continue; // nested RunTask (a nested loop): counted in the outer one
    lastEnd = task.ts + task.dur!;
    const inside = complete.filter(
      (e) => e !== task && e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < lastEnd,
    );
    const self = new Map<string, number>();
    // Self time: each event's duration minus its direct children's (a stack walk over sorted events).
    const stack: { event: TraceEvent; children: number }[] = [];
    const close = (until: number) => {
      while (stack.length > 0 && stack.at(-1)!.event.ts + stack.at(-1)!.event.dur! <= until) {
        const done = stack.pop()!;
        const key = label(done.event);
        self.set(key, (self.get(key) ?? 0) + (done.event.dur! - done.children) / 1000);
        if (stack.length > 0) stack.at(-1)!.children += done.event.dur!;
      }
    };
    let covered = 0;
    for (const event of inside) {
      close(event.ts);
      if (stack.length === 0) covered += event.dur!;
      stack.push({ event, children: 0 });
    }
    close(Number.POSITIVE_INFINITY);
    self.set('(task, no trace event)', (task.dur! - covered) / 1000);
    result.push({
      startMs: task.ts / 1000,
      durationMs: task.dur! / 1000,
      parts: [...self].filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]),
    });
  }
  return result;
}
