/**
 * Kerf contracts: types generated from the OpenAPI specs of this folder, and the specs' paths.
 * Import the generated types per service, e.g. `import type { paths } from '@kerf/openapi/identity'`.
 */
import { fileURLToPath } from 'node:url';

/** Absolute path of a contract file of this package, e.g. `specPath('identity')`. */
export function specPath(name: string): string {
  return fileURLToPath(new URL(`../${name}.yaml`, import.meta.url));
}
