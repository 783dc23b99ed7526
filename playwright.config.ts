import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// The journeys run against the real stack on its own ports and a throw-away data folder.
// The first block of free ports from 8190 (the BFF, then one per service); workers reuse the choice.
process.env.KERF_E2E_PORT ??= execFileSync(
  process.execPath,
  ['scripts/lib/free-port-block.mjs', '8190', '6'],
  {
    encoding: 'utf8',
  },
);
const port = Number(process.env.KERF_E2E_PORT);
const dataDir = process.env.KERF_E2E_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'kerf-e2e-'));
process.env.KERF_E2E_DATA_DIR = dataDir; // workers re-evaluate this file: keep one folder per run

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    ...devices['Desktop Chrome'],
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: 'node scripts/start.mjs --no-install',
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      KERF_SERVICE_PORT_BASE: String(port + 1),
      KERF_DATA_DIR: dataDir,
    },
  },
});
