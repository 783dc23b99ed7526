import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseLocation } from '@kerf/service-kit';

/** Where the identity service keeps its files and listens. */
export interface IdentityConfig {
  /** `KERF_DATA_DIR`; the service uses `<dataDir>/identity/`. */
  readonly dataDir: string;
  /**
   * Where the users and companies live: `IDENTITY_DATABASE_URL` when set (a `postgres://` URL, used as
   * given), else `DATABASE_URL` with the schema `identity`, else `<dataDir>/identity/identity.sqlite`.
   */
  readonly database: string;
  /** `IDENTITY_PORT`, 8101 by default. */
  readonly port: number;
  /** `IDENTITY_HOST`, loopback by default: browsers reach identity only through the BFF. */
  readonly host: string;
}

/** The repository's `.data` folder, the default data folder. */
export const defaultDataDir = fileURLToPath(new URL('../../../.data', import.meta.url));

/** Reads the configuration from environment variables; throws on an invalid port. */
export function readConfig(env: Readonly<Record<string, string | undefined>>): IdentityConfig {
  const port = Number(env.IDENTITY_PORT ?? 8101);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`IDENTITY_PORT is not a port: ${env.IDENTITY_PORT}`);
  const dataDir = env.KERF_DATA_DIR || defaultDataDir;
  const database = databaseLocation(env, 'identity', join(dataDir, 'identity', 'identity.sqlite'));
  return { dataDir, database, port, host: env.IDENTITY_HOST || '127.0.0.1' };
}
