import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Env } from '@kerf/service-kit';
import { databaseLocation, envInteger } from '@kerf/service-kit';

/** The quotes service's settings, read once from the environment. */
export interface QuotesConfig {
  /** `QUOTES_PORT`, 8104 by default. */
  readonly port: number;
  /** `QUOTES_HOST`, loopback by default: services are reached through the BFF. */
  readonly host: string;
  /** `KERF_DATA_DIR`: the database is `<dataDir>/quotes/quotes.sqlite`; the service secret is read there too. */
  readonly dataDir: string;
  /**
   * Where the quotes data lives: `QUOTES_DATABASE_URL` when set (a `postgres://` URL, used as given),
   * else `DATABASE_URL` with the schema `quotes`, else `<dataDir>/quotes/quotes.sqlite`.
   */
  readonly database: string;
  /** `IDENTITY_URL`: JWKS for incoming tokens, `POST /service-tokens` for quotes' own. */
  readonly identityUrl: string;
  readonly jwksUrl: string;
  /** `IDENTITY_ISSUER`, `kerf-identity` by default. */
  readonly issuer: string;
  /** `CATALOG_URL`, `http://127.0.0.1:8102` by default. */
  readonly catalogUrl: string;
  /** `PARTS_URL`, `http://127.0.0.1:8103` by default. */
  readonly partsUrl: string;
  /** `QUOTES_MAX_QUANTITY`: the largest quantity of a line, 1..100000 (the contract's limit), 100000 by default. */
  readonly maxQuantity: number;
  /** `QUOTES_VALIDITY_DAYS`: how long a new quote is valid, 30 days by default. */
  readonly validityDays: number;
  /** `QUOTES_FEED_POLL_MS`: how often the catalog and parts feeds are read, 1000 ms by default. */
  readonly feedPollMs: number;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Reads the configuration, with one-machine defaults; throws on a number out of its range. */
export function readConfig(env: Env): QuotesConfig {
  const int = (name: string, fallback: number, min: number, max: number) =>
    envInteger(env, name, fallback, min, max);
  const url = (name: string, fallback: string) => (env[name] || fallback).replace(/\/+$/, '');
  const identityUrl = url('IDENTITY_URL', 'http://127.0.0.1:8101');
  const dataDir = path.resolve(env.KERF_DATA_DIR || path.join(repoRoot, '.data'));
  return {
    port: int('QUOTES_PORT', 8104, 0, 65535),
    host: env.QUOTES_HOST || '127.0.0.1',
    dataDir,
    database: databaseLocation(env, 'quotes', path.join(dataDir, 'quotes', 'quotes.sqlite')),
    identityUrl,
    jwksUrl: `${identityUrl}/.well-known/jwks.json`,
    issuer: env.IDENTITY_ISSUER || 'kerf-identity',
    catalogUrl: url('CATALOG_URL', 'http://127.0.0.1:8102'),
    partsUrl: url('PARTS_URL', 'http://127.0.0.1:8103'),
    maxQuantity: int('QUOTES_MAX_QUANTITY', 100_000, 1, 100_000),
    validityDays: int('QUOTES_VALIDITY_DAYS', 30, 1, 3650),
    feedPollMs: int('QUOTES_FEED_POLL_MS', 1000, 50, 3_600_000),
  };
}
