import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Logger } from '../log/logger.ts';
import { problemBody } from '../problem/problem.ts';

/**
 * One readiness check: resolves when the dependency answers, rejects when it does not. `signal` aborts
 * when the check's time is up (pass it on to clients that take one).
 */
export type ReadinessCheck = (signal: AbortSignal) => Promise<unknown>;

/** A process's readiness checks by name, e.g. `{ database, storage }` (snake_case, as in the contracts). */
export type ReadinessChecks = Readonly<Record<string, ReadinessCheck>>;

/** The outcome of one check. */
export type CheckOutcome = 'ok' | 'failed' | 'timeout';

/** How long a check may take and where failures are logged. */
export interface ReadinessOptions {
  /** Each check's time limit; 2000 ms by default (a load balancer's probe waits a few seconds). */
  readonly timeoutMs?: number;
  /** Logs `not-ready` with every failed check's error name (never the body's business). */
  readonly logger?: Logger;
  /**
   * Aborted when the process starts draining (kit `serve`'s `draining`): readiness then answers 503
   * without running the checks, so load balancers stop sending while running requests finish.
   */
  readonly draining?: AbortSignal;
}

/** Every check's outcome and whether all of them are `ok`. */
export interface ReadinessReport {
  readonly ready: boolean;
  readonly checks: Record<string, CheckOutcome>;
}

const noStore = { 'cache-control': 'no-store' };

/** Runs every check at once, each bounded by the time limit, and reports their outcomes. */
export async function checkReadiness(
  checks: ReadinessChecks,
  options: ReadinessOptions = {},
): Promise<ReadinessReport> {
  const timeoutMs = options.timeoutMs ?? 2000;
  const errors: Record<string, string> = {};
  const outcomes = await Promise.all(
    Object.entries(checks).map(async ([name, check]): Promise<[string, CheckOutcome]> => {
      const controller = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<CheckOutcome>((resolve) => {
        timer = setTimeout(() => {
          controller.abort();
          resolve('timeout');
        }, timeoutMs);
      });
      const run = Promise.resolve()
        .then(() => check(controller.signal))
        .then(
          (): CheckOutcome => 'ok',
          (error: unknown): CheckOutcome => {
            errors[name] = error instanceof Error ? error.name : typeof error;
            return 'failed';
          },
        );
      try {
        return [name, await Promise.race([run, timeout])];
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const report = {
    ready: outcomes.every(([, outcome]) => outcome === 'ok'),
    checks: Object.fromEntries(outcomes),
  };
  if (!report.ready) options.logger?.warn('not-ready', { checks: report.checks, errors });
  return report;
}

/**
 * The readiness endpoint's handler (`GET /health/ready`), for a contract operation or a plain Hono
 * route alike: 200 `{ status: 'ready', checks }` when every check answers in time, else 503
 * problem+json with code `not-ready`, naming the failed checks (only their names and outcomes: error
 * messages can hold hosts or connection details), or saying it is shutting down once `draining` is
 * aborted. Never cached.
 */
export function readinessRoute(
  checks: ReadinessChecks,
  options: ReadinessOptions = {},
): () => Promise<Response> {
  return async () => {
    if (options.draining?.aborted) {
      return new Response(
        JSON.stringify({ ...problemBody(503, 'not-ready', 'Not ready: shutting down.'), checks: {} }),
        { status: 503, headers: { 'content-type': 'application/problem+json', ...noStore } },
      );
    }
    const report = await checkReadiness(checks, options);
    if (report.ready) {
      return Response.json({ status: 'ready', checks: report.checks }, { status: 200, headers: noStore });
    }
    const failed = Object.entries(report.checks).filter(([, outcome]) => outcome !== 'ok');
    const detail = `Not ready: ${failed.map(([name, outcome]) => `${name} (${outcome})`).join(', ')}.`;
    return new Response(JSON.stringify({ ...problemBody(503, 'not-ready', detail), checks: report.checks }), {
      status: 503,
      headers: { 'content-type': 'application/problem+json', ...noStore },
    });
  };
}

/** Checks that a database answers a trivial query (`select 1`); a destroyed Kysely rejects. */
export function databaseCheck<DB>(db: Kysely<DB>): ReadinessCheck {
  return async () => {
    await sql`select 1`.execute(db);
  };
}
