import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Folder of the shared DXF fixtures (KERF_FIXTURES or ../shared/fixtures/dxf beside the repository). */
export const FIXTURES = process.env.KERF_FIXTURES ?? resolve(here, '../../../../shared/fixtures/dxf');

/** True when the fixture folder exists; prints a notice otherwise. */
export function haveFixtures(): boolean {
  if (existsSync(resolve(FIXTURES, 'expected-dev.json'))) return true;
  // The brief asks for a printed notice when the shared fixtures are absent.
  // eslint-disable-next-line no-console
  console.warn(`DXF fixtures not found at ${FIXTURES}: fixture tests are skipped (set KERF_FIXTURES)`);
  return false;
}
