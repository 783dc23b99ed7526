import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseLocation } from '@kerf/service-kit';

/** The catalog's settings, read once from the environment. */
export interface CatalogConfig {
  readonly port: number;
  readonly host: string;
  /** The folder of the SQLite file (`catalog.sqlite`). */
  readonly dataDir: string;
  /**
   * Where the catalog's data lives: `CATALOG_DATABASE_URL` when set (a `postgres://` URL, used as
   * given), else `DATABASE_URL` with the schema `catalog`, else `<dataDir>/catalog.sqlite`.
   */
  readonly database: string;
  /** Where identity publishes its JWKS. */
  readonly jwksUrl: string;
  /** The `iss` of identity's tokens. */
  readonly issuer: string;
  /** This service's audience. */
  readonly audience: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Reads the configuration, with one-machine defaults. */
export function readConfig(env: NodeJS.ProcessEnv): CatalogConfig {
  const dataDir = path.resolve(env.KERF_DATA_DIR ?? path.join(repoRoot, '.data'));
  const identityUrl = (env.IDENTITY_URL ?? 'http://127.0.0.1:8101').replace(/\/+$/, '');
  return {
    port: Number(env.CATALOG_PORT ?? 8102),
    host: env.CATALOG_HOST ?? '127.0.0.1',
    dataDir,
    database: databaseLocation(env, 'catalog', path.join(dataDir, 'catalog.sqlite')),
    jwksUrl: `${identityUrl}/.well-known/jwks.json`,
    issuer: env.IDENTITY_ISSUER ?? 'kerf-identity',
    audience: 'catalog',
  };
}
