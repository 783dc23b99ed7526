import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by the `postgres` Vitest project's global setup: a throw-away server's `kerf` database. */
    postgresUrl?: string;
  }
}

/**
 * Where a test's database goes: in the `postgres` Vitest project a fresh schema of the throw-away
 * PostgreSQL server (one per call, so tests never see each other's rows), else `fallback` (a SQLite
 * file of the test's own, or `:memory:`). Pass it to the service's `open...Database`.
 */
export function testDatabaseLocation(fallback = ':memory:'): string {
  const url = inject('postgresUrl');
  if (!url) return fallback;
  return `${url}?schema=t_${randomBytes(6).toString('hex')}`;
}

/** True when the tests run against PostgreSQL. */
export function testsUsePostgres(): boolean {
  return Boolean(inject('postgresUrl'));
}
