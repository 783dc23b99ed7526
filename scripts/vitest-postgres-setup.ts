// Global setup of the `postgres` Vitest project: one throw-away PostgreSQL server for the whole run
// (durability off, in a temporary folder); each test takes a fresh schema of it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from './lib/free-port.ts';
import { startPostgres } from './lib/postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl?: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kerf-pg-test-'));
  const server = await startPostgres({
    dataDir: join(dataDir, 'cluster'),
    port: await freePort(),
    throwAway: true,
  });
  project.provide('postgresUrl', server.url);
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
